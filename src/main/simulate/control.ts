/**
 * Control signals: a schedule or a workflow starts the nodes its control edges lead to. Nothing
 * travels along those edges but the start itself; the started node runs (NodeRuntime.onStart) and
 * says when the run has ended, which is what a workflow waiting for a job (.sync) waits for.
 * Starting is instantaneous: EventBridge and Step Functions API latency is not modelled.
 */
import { edgeKindOf } from '../../shared/catalog/connections';
import type { KindId } from '../../shared/catalog/registry';
import type { Pipeline } from '../../shared/model/pipeline';
import type { ControlTarget, NodeRuntime } from './behaviours/types';

export interface ControlGraph {
  /** Per node, the nodes its control edges start, in edge order (the order the export writes tasks in), each once. */
  readonly targets: ReadonlyMap<string, ControlTarget[]>;
  /** Per node, the nodes whose control edges start it. */
  readonly startedBy: ReadonlyMap<string, string[]>;
}

interface ControlledNode {
  readonly kind: KindId;
  readonly config: unknown;
  readonly label: string;
}

/**
 * The control edges between simulated nodes (edges to or from a node not simulated are left out, as
 * the engine notes). An edge that would close a loop of starts (a workflow starting itself, two
 * starting each other) is left out with a note: each start would start the next at the same instant.
 */
export function controlGraph(pipeline: Pipeline, nodes: ReadonlyMap<string, ControlledNode>, note: (text: string) => void): ControlGraph {
  const targets = new Map<string, ControlTarget[]>();
  const startedBy = new Map<string, string[]>();
  const reaches = (from: string, to: string, seen = new Set<string>()): boolean =>
    from === to || (!seen.has(from) && (seen.add(from), (targets.get(from) ?? []).some((t) => reaches(t.nodeId, to, seen))));
  for (const edge of pipeline.edges) {
    const target = nodes.get(edge.target);
    if (!target || !nodes.has(edge.source) || edgeKindOf(pipeline, edge) !== 'control') continue;
    const list = targets.get(edge.source) ?? [];
    if (list.some((t) => t.nodeId === edge.target)) continue;
    if (reaches(edge.target, edge.source)) {
      note(`Edge ${edge.id}: it closes a loop of control edges (each start would start the next at once); ignored.`);
      continue;
    }
    // The engine parsed `config` with the kind's own schema, so the pair is consistent.
    list.push({ nodeId: edge.target, kind: target.kind, label: target.label, config: target.config } as ControlTarget);
    targets.set(edge.source, list);
    startedBy.set(edge.target, [...(startedBy.get(edge.target) ?? []), edge.source]);
  }
  return { targets, startedBy };
}

/** Starts one run of `runtime`; false when its kind cannot be started (no onStart), and then `done` is never called. */
export function startRun(runtime: NodeRuntime | undefined, done: () => void): boolean {
  if (!runtime?.onStart) return false;
  runtime.onStart(done);
  return true;
}
