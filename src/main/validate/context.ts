import { outputEdgeKind } from '../../shared/catalog/connections';
import type { z } from 'zod';
import { KINDS, isKindId, type ConfigOf, type KindId } from '../../shared/catalog/registry';
import type { Pipeline, PipelineEdge, PipelineNode } from '../../shared/model/pipeline';
import type { RuleContext } from './rule';

const NONE: readonly PipelineEdge[] = [];

export function createContext(pipeline: Pipeline): RuleContext {
  const nodesById = new Map(pipeline.nodes.map((n) => [n.id, n]));
  const edgesByNode = new Map<string, PipelineEdge[]>();
  // Incoming and outgoing lists are built on first use: many runs never ask.
  let incoming: Map<string, PipelineEdge[]> | undefined;
  let outgoing: Map<string, PipelineEdge[]> | undefined;
  const directed = () => {
    incoming = new Map();
    outgoing = new Map();
    for (const edge of pipeline.edges) {
      push(outgoing, edge.source, edge);
      push(incoming, edge.target, edge);
    }
  };
  const push = (map: Map<string, PipelineEdge[]>, key: string, edge: PipelineEdge) => {
    const list = map.get(key);
    if (list) list.push(edge);
    else map.set(key, [edge]);
  };
  for (const edge of pipeline.edges) {
    push(edgesByNode, edge.source, edge);
    if (edge.target !== edge.source) push(edgesByNode, edge.target, edge);
  }
  const parsed = new Map<PipelineNode, ReturnType<z.ZodType['safeParse']> | undefined>();
  const parseConfig = (node: PipelineNode) => {
    if (!parsed.has(node)) parsed.set(node, isKindId(node.kind) ? KINDS[node.kind].config.safeParse(node.config) : undefined);
    return parsed.get(node);
  };
  return {
    pipeline,
    nodesById,
    edgesByNode,
    index: { node: (id) => nodesById.get(id), edgesOf: (id) => edgesByNode.get(id) ?? NONE },
    parseConfig,
    incoming(id) {
      if (!incoming) directed();
      return incoming!.get(id) ?? NONE;
    },
    outgoing(id) {
      if (!outgoing) directed();
      return outgoing!.get(id) ?? NONE;
    },
    edgeKind: (edge) => outputEdgeKind(nodesById.get(edge.source)?.kind, edge.sourcePort),
    configOf<K extends KindId>(node: PipelineNode | undefined, kind: K): ConfigOf<K> | undefined {
      if (!node || node.kind !== kind) return undefined;
      const result = parseConfig(node);
      return result?.success ? (result.data as ConfigOf<K>) : undefined;
    },
  };
}
