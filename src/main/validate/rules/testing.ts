import { checkConnection } from '../../../shared/catalog/connections';
import { defaultConfig, type KindId } from '../../../shared/catalog/registry';
import { applyFix as applyOperations } from '../../../shared/findings/apply-fix';
import type { Finding, FixOperation } from '../../../shared/findings/finding';
import { PIPELINE_FORMAT, PIPELINE_VERSION, PipelineSchema, type Pipeline } from '../../../shared/model/pipeline';
import { createContext } from '../context';
import type { Rule } from '../rule';

/** Test support for the rules' colocated tests (not a rule). */
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
    name: 'Rule test',
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

/**
 * A copy of the pipeline with a fix's operations applied, as the renderer applies them; a fix
 * that adds a connection the catalog refuses fails the test.
 */
export function applyFix(pipeline: Pipeline, operations: readonly FixOperation[]): Pipeline {
  const next = structuredClone(pipeline);
  for (const op of operations) {
    if (op.op !== 'add-edge') continue;
    const verdict = checkConnection({ ...next, nodes: [...next.nodes, ...operations.flatMap((o) => (o.op === 'add-node' ? [o.node] : []))] }, op.edge);
    if (!verdict.ok) throw new Error(`fix adds a refused edge ${op.edge.id}: ${verdict.reason}`);
  }
  applyOperations(next, operations);
  return PipelineSchema.parse(next);
}
