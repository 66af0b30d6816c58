import { checkConnection } from '../../../../shared/catalog/connections';
import { defaultConfig, type KindId } from '../../../../shared/catalog/registry';
import type { Finding, FixOperation } from '../../../../shared/findings/finding';
import { PIPELINE_FORMAT, PIPELINE_VERSION, PipelineSchema, type Pipeline } from '../../../../shared/model/pipeline';
import { createContext } from '../../context';
import type { Rule } from '../../rule';

/** Test support for the capacity, lifecycle and cost rule tests (not a rule). */
export interface TestNode {
  id: string;
  kind: KindId;
  label?: string;
  config?: Record<string, unknown>;
}

/**
 * A pipeline of nodes with their default settings overlaid by `config`, and edges `[source, target]`
 * whose ids are `source->target` and whose ports the connection rules choose, as drawing them would.
 */
export function pipelineOf(nodes: readonly TestNode[], edges: readonly (readonly [string, string])[] = []): Pipeline {
  const pipeline = PipelineSchema.parse({
    format: PIPELINE_FORMAT,
    version: PIPELINE_VERSION,
    name: 'Capacity, lifecycle and cost test',
    nodes: nodes.map((n, i) => ({ id: n.id, kind: n.kind, label: n.label ?? n.id, position: { x: i * 260, y: 0 }, config: { ...defaultConfig(n.kind), ...n.config } })),
    edges: [],
  });
  for (const [source, target] of edges) {
    const verdict = checkConnection(pipeline, { source, target });
    if (!verdict.ok) throw new Error(`${source} → ${target}: ${verdict.reason}`);
    pipeline.edges.push({ id: `${source}->${target}`, source, target, sourcePort: verdict.sourcePort, targetPort: verdict.targetPort });
  }
  return pipeline;
}

/** What one rule finds in a pipeline, run the way the validator runs its scope. */
export function findingsOf(rule: Rule, pipeline: Pipeline): Finding[] {
  const ctx = createContext(pipeline);
  if (rule.scope === 'node') return pipeline.nodes.flatMap((n) => rule.check(n, ctx));
  if (rule.scope === 'edge') return pipeline.edges.flatMap((e) => rule.check(e, ctx));
  return rule.check(ctx);
}

/** A copy of the pipeline with a fix's operations applied, as the renderer applies them. */
export function applyFix(pipeline: Pipeline, operations: readonly FixOperation[]): Pipeline {
  const next = structuredClone(pipeline);
  for (const op of operations) {
    if (op.op === 'set-config') {
      const node = next.nodes.find((n) => n.id === op.nodeId);
      if (!node) throw new Error(`no node ${op.nodeId}`);
      let target = node.config;
      for (const key of op.path.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
      target[op.path.at(-1)!] = op.value;
    } else if (op.op === 'remove-edge') {
      next.edges = next.edges.filter((e) => e.id !== op.edgeId);
    } else if (op.op === 'add-node') {
      if (!next.nodes.some((n) => n.id === op.node.id)) next.nodes.push(op.node);
    } else if (!next.edges.some((e) => e.id === op.edge.id)) {
      const verdict = checkConnection(next, op.edge);
      if (!verdict.ok) throw new Error(`fix adds a refused edge ${op.edge.id}: ${verdict.reason}`);
      next.edges.push(op.edge);
    }
  }
  return PipelineSchema.parse(next);
}
