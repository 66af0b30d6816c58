import type { Pipeline, PipelineEdge, PipelineNode } from '../model/pipeline';
import { kindOf } from './registry';
import type { EdgeKind, KindDefinition, PortDefinition } from './types';

export interface ConnectionRequest {
  source: string;
  target: string;
  sourcePort?: string;
  targetPort?: string;
}

export type ConnectionCheck =
  | { ok: true; sourcePort: string; targetPort: string; edgeKind: EdgeKind; via: string }
  | { ok: false; reason: string };

const refuse = (reason: string): ConnectionCheck => ({ ok: false, reason });

/** Lookups over a pipeline; the validator passes its own so that checking every edge stays linear. */
export interface PipelineIndex {
  node(id: string): PipelineNode | undefined;
  /** Edges with this node at either end. */
  edgesOf(id: string): readonly PipelineEdge[];
}

/** An index by plain search: right for one check at a time (the canvas, fixes, templates). */
export function scanIndex(pipeline: Pipeline): PipelineIndex {
  return {
    node: (id) => pipeline.nodes.find((n) => n.id === id),
    edgesOf: (id) => pipeline.edges.filter((e) => e.source === id || e.target === id),
  };
}

function countOn(index: PipelineIndex, nodeId: string, side: 'source' | 'target', port: PortDefinition, ignoreEdgeId?: string): number {
  const portKey = side === 'source' ? 'sourcePort' : 'targetPort';
  let count = 0;
  for (const e of index.edgesOf(nodeId)) if (e.id !== ignoreEdgeId && e[side] === nodeId && (e[portKey] ?? port.id) === port.id) count++;
  return count;
}

/**
 * Whether `source` may connect to `target`, and through which ports. The canvas uses it to refuse
 * a connection as it is drawn; the validator uses it (with `ignoreEdgeId`) for edges read from a file.
 */
export function checkConnection(pipeline: Pipeline, request: ConnectionRequest, ignoreEdgeId?: string, index: PipelineIndex = scanIndex(pipeline)): ConnectionCheck {
  const sourceNode = index.node(request.source);
  const targetNode = index.node(request.target);
  if (!sourceNode || !targetNode) return refuse('both ends must be nodes of this pipeline');
  if (sourceNode.id === targetNode.id) return refuse('a node cannot connect to itself');
  const sourceKind = kindOf(sourceNode.kind);
  const targetKind = kindOf(targetNode.kind);
  if (!sourceKind) return refuse(`"${sourceNode.kind}" is not a known kind`);
  if (!targetKind) return refuse(`"${targetNode.kind}" is not a known kind`);

  const ports = portPairs(sourceKind, targetKind, request.sourcePort, request.targetPort);
  if ('ok' in ports) return ports;

  // The first pair of ports with room wins; otherwise the first pair's reason is given.
  let firstReason: string | undefined;
  for (const { output, input } of ports) {
    const reason = portProblem(index, sourceNode, targetNode, output, input, ignoreEdgeId);
    if (!reason) return { ok: true, sourcePort: output.id, targetPort: input.id, edgeKind: input.edgeKind, via: input.accepts![sourceKind.id]! };
    firstReason ??= reason;
  }
  return refuse(firstReason!);
}

type PortPair = { output: PortDefinition; input: PortDefinition };

/** Port pairs by kinds and requested ports: they depend on the catalog only, and checking every edge of a large pipeline asks the same few questions. */
const PORT_PAIRS = new Map<string, readonly PortPair[] | ConnectionCheck>();

/** The pairs of ports through which a node of `sourceKind` may feed one of `targetKind`, or why there are none. */
function portPairs(sourceKind: KindDefinition, targetKind: KindDefinition, sourcePort?: string, targetPort?: string): readonly PortPair[] | ConnectionCheck {
  const key = `${sourceKind.id}\u0000${targetKind.id}\u0000${sourcePort ?? ''}\u0000${targetPort ?? ''}`;
  let answer = PORT_PAIRS.get(key);
  if (answer === undefined) {
    answer = computePortPairs(sourceKind, targetKind, sourcePort, targetPort);
    PORT_PAIRS.set(key, answer);
  }
  return answer;
}

function computePortPairs(sourceKind: KindDefinition, targetKind: KindDefinition, sourcePort?: string, targetPort?: string): readonly PortPair[] | ConnectionCheck {
  const outputs = sourceKind.outputs.filter((p) => !sourcePort || p.id === sourcePort);
  if (outputs.length === 0) return refuse(`${sourceKind.title} has no outputs`);
  const inputs = targetKind.inputs.filter((p) => !targetPort || p.id === targetPort);
  if (inputs.length === 0) return refuse(`${targetKind.title} has no inputs`);
  const pairs = inputs
    .filter((input) => input.accepts && Object.hasOwn(input.accepts, sourceKind.id))
    .flatMap((input) => outputs.filter((o) => o.edgeKind === input.edgeKind && (!o.only || o.only.includes(targetKind.id))).map((output) => ({ output, input })));
  return pairs.length > 0 ? pairs : refuse(refusalReason(sourceKind, targetKind, inputs));
}

/** At most this many kinds are named in a refusal; the rest are counted. */
const NAMED_KINDS = 4;

/** Says what the target accepts on the kinds of edge the source could draw, then that the source is not among them. */
function refusalReason(sourceKind: KindDefinition, targetKind: KindDefinition, inputs: readonly PortDefinition[]): string {
  const edgeKinds = new Set(sourceKind.outputs.map((o) => o.edgeKind));
  const allowed = [...new Set(inputs.filter((p) => edgeKinds.has(p.edgeKind)).flatMap((p) => Object.keys(p.accepts ?? {})))].map((id) => kindOf(id)?.title ?? id);
  if (allowed.length === 0) return `${targetKind.title} takes no input from ${sourceKind.title}`;
  const named = allowed.length > NAMED_KINDS + 1 ? `${allowed.slice(0, NAMED_KINDS).join(', ')} and ${allowed.length - NAMED_KINDS} more` : allowed.join(', ');
  return `${targetKind.title} accepts input from ${named}, not from ${sourceKind.title}`;
}

function portProblem(index: PipelineIndex, source: PipelineNode, target: PipelineNode, output: PortDefinition, input: PortDefinition, ignoreEdgeId?: string): string | undefined {
  const duplicate = index.edgesOf(source.id).some(
    (e) => e.id !== ignoreEdgeId && e.source === source.id && e.target === target.id && (e.sourcePort ?? output.id) === output.id && (e.targetPort ?? input.id) === input.id,
  );
  if (duplicate) return `${source.label} is already connected to ${target.label}`;
  if (output.max !== undefined && countOn(index, source.id, 'source', output, ignoreEdgeId) >= output.max) {
    return `${source.label} already has its ${output.label.toLowerCase()}: ${output.maxReason ?? `at most ${output.max}`}`;
  }
  if (input.max !== undefined && countOn(index, target.id, 'target', input, ignoreEdgeId) >= input.max) {
    return `${target.label} already has its ${input.label.toLowerCase()}: ${input.maxReason ?? `at most ${input.max}`}`;
  }
  return undefined;
}

/** What an output port of a kind carries (the kind's first output when no port is named); undefined when unknown. */
export function outputEdgeKind(kindId: string | undefined, portId?: string): EdgeKind | undefined {
  const kind = kindId === undefined ? undefined : kindOf(kindId);
  const port = kind && (portId ? kind.outputs.find((p) => p.id === portId) : kind.outputs[0]);
  return port?.edgeKind;
}

/** What an edge carries, from its source's output port; undefined when its source or port is unknown. */
export function edgeKindOf(pipeline: Pipeline, edge: { source: string; sourcePort?: string }): EdgeKind | undefined {
  return outputEdgeKind(pipeline.nodes.find((n) => n.id === edge.source)?.kind, edge.sourcePort);
}
