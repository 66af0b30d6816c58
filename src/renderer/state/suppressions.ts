import type { Draft } from 'immer';
import { findingTarget, type Finding } from '../../shared/findings/finding';
import type { Pipeline, Suppression } from '../../shared/model/pipeline';

/**
 * Suppressions as document edits (see operations.ts): accepting a finding with a written reason,
 * and taking that back. Both are one undoable step each when dispatched.
 */
type D = Draft<Pipeline>;

/** The suppression a finding is for: its code on the node or edge it names (`*` when it names neither). */
export function suppressionFor(finding: Pick<Finding, 'code' | 'nodeId' | 'edgeId'>, justification: string): Suppression {
  return { code: finding.code, target: findingTarget(finding), justification: justification.trim() };
}

/** Adds the suppression, or replaces the justification of the one with the same code and target. */
export function suppress(draft: D, suppression: Suppression): void {
  const existing = draft.suppressions.find((s) => s.code === suppression.code && s.target === suppression.target);
  if (existing) existing.justification = suppression.justification;
  else draft.suppressions.push({ ...suppression });
}

/**
 * Takes back what suppresses this finding: the suppression of its code and target; failing that,
 * one for its code everywhere (`*`), which un-suppresses the code on every node.
 */
export function unsuppress(draft: D, finding: Pick<Finding, 'code' | 'nodeId' | 'edgeId'>): void {
  const target = findingTarget(finding);
  const exact = draft.suppressions.some((s) => s.code === finding.code && s.target === target);
  const removed = exact ? target : '*';
  draft.suppressions = draft.suppressions.filter((s) => !(s.code === finding.code && s.target === removed));
}
