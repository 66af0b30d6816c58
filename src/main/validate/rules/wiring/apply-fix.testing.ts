import { checkConnection } from '../../../../shared/catalog/connections';
import type { Finding, FixOperation } from '../../../../shared/findings/finding';
import type { Pipeline } from '../../../../shared/model/pipeline';

/**
 * Test support for the rules' colocated tests: applies a finding's fix to a copy of the pipeline
 * the way the renderer does (src/renderer/state/operations.ts), so a test can check that the
 * finding is gone afterwards.
 */
export function applyFix(pipeline: Pipeline, finding: Finding | undefined): Pipeline {
  if (!finding?.fix) throw new Error(`${finding?.code ?? 'The finding'} has no fix`);
  const next = structuredClone(pipeline);
  for (const op of finding.fix.operations) apply(next, op);
  return next;
}

function apply(pipeline: Pipeline, op: FixOperation): void {
  if (op.op === 'set-config') {
    const node = pipeline.nodes.find((n) => n.id === op.nodeId);
    if (!node || op.path.length === 0) throw new Error(`set-config: no node ${op.nodeId}`);
    let target = node.config as Record<string, unknown>;
    for (const key of op.path.slice(0, -1)) {
      if (target[key] === null || typeof target[key] !== 'object') target[key] = {};
      target = target[key] as Record<string, unknown>;
    }
    target[op.path.at(-1)!] = structuredClone(op.value);
  } else if (op.op === 'remove-edge') {
    pipeline.edges = pipeline.edges.filter((e) => e.id !== op.edgeId);
  } else if (op.op === 'add-node') {
    if (!pipeline.nodes.some((n) => n.id === op.node.id)) pipeline.nodes.push(structuredClone(op.node));
  } else if (!pipeline.edges.some((e) => e.id === op.edge.id)) {
    const verdict = checkConnection(pipeline, op.edge);
    pipeline.edges.push(verdict.ok ? { ...op.edge, sourcePort: op.edge.sourcePort ?? verdict.sourcePort, targetPort: op.edge.targetPort ?? verdict.targetPort } : op.edge);
  }
}
