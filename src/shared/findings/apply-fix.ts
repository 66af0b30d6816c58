import { checkConnection } from '../catalog/connections';
import type { Pipeline } from '../model/pipeline';
import type { FixOperation } from './finding';

// Document edits shared by the renderer (on immer drafts) and the rule tests (on plain copies).

/**
 * Sets one setting (a path into `config` of object keys and list indices), creating objects and
 * lists on the way; `undefined` removes it. Example path: `['lifecycleRules', 0, 'transitions']`.
 */
export function setConfigValue(draft: Pipeline, nodeId: string, path: readonly (string | number)[], value: unknown): void {
  const node = draft.nodes.find((n) => n.id === nodeId);
  if (!node || path.length === 0) return;
  let target = node.config as Record<string | number, unknown>;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i]!;
    const wantList = typeof path[i + 1] === 'number';
    const next = target[key];
    const fits = next !== null && typeof next === 'object' && Array.isArray(next) === wantList;
    if (!fits) target[key] = wantList ? [] : {};
    target = target[key] as Record<string | number, unknown>;
  }
  const last = path.at(-1)!;
  if (value === undefined && Array.isArray(target) && typeof last === 'number') target.splice(last, 1);
  else if (value === undefined) delete target[last];
  else target[last] = value as never;
}

/** Applies the operations of a finding's fix. */
export function applyFix(draft: Pipeline, operations: readonly FixOperation[]): void {
  for (const op of operations) {
    if (op.op === 'set-config') setConfigValue(draft, op.nodeId, op.path, op.value);
    else if (op.op === 'remove-edge') draft.edges = draft.edges.filter((e) => e.id !== op.edgeId);
    else if (op.op === 'add-node') {
      if (!draft.nodes.some((n) => n.id === op.node.id)) draft.nodes.push(op.node);
    } else if (!draft.edges.some((e) => e.id === op.edge.id)) {
      const verdict = checkConnection(draft, op.edge);
      draft.edges.push(verdict.ok ? { ...op.edge, sourcePort: op.edge.sourcePort ?? verdict.sourcePort, targetPort: op.edge.targetPort ?? verdict.targetPort } : op.edge);
    }
  }
}
