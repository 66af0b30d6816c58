import type { Patch } from 'immer';

/**
 * Undo history of the document, as immer patch pairs.
 *
 * Policy — what enters history:
 * - Only changes of the pipeline document (nodes, edges, their settings, labels, the name and the
 *   simulation settings). Selection, viewport, open panels, findings and simulation results never do.
 * - One user gesture is one step: a node drag is recorded when the drag stops (not per move), a
 *   typed field when the edit is committed (blur or Enter), a fix with all its operations, a delete
 *   of several nodes with their edges.
 * - A change that alters nothing (no patches) records nothing.
 * - Opening or creating a document starts a new, empty history.
 */
export interface HistoryStep {
  readonly label: string;
  readonly patches: readonly Patch[];
  readonly inverse: readonly Patch[];
}

export interface History {
  readonly past: readonly HistoryStep[];
  readonly future: readonly HistoryStep[];
  /** `past.length` when the document was last saved or opened; null once that state can no longer be reached. */
  readonly savedDepth: number | null;
}

/** How many steps are kept; the oldest fall off. */
export const HISTORY_LIMIT = 500;

export const emptyHistory = (savedDepth: number | null = 0): History => ({ past: [], future: [], savedDepth });

export function record(history: History, step: HistoryStep, limit = HISTORY_LIMIT): History {
  // The saved state lay in the discarded future: nothing can return to it.
  let savedDepth = history.savedDepth !== null && history.savedDepth > history.past.length ? null : history.savedDepth;
  let past = [...history.past, step];
  if (past.length > limit) {
    const drop = past.length - limit;
    past = past.slice(drop);
    if (savedDepth !== null) savedDepth = savedDepth - drop >= 0 ? savedDepth - drop : null;
  }
  return { past, future: [], savedDepth };
}

/** Moves the last step to the future; returns it with the new history, or undefined when there is nothing to undo. */
export function stepBack(history: History): { step: HistoryStep; history: History } | undefined {
  const step = history.past.at(-1);
  if (!step) return undefined;
  return { step, history: { ...history, past: history.past.slice(0, -1), future: [step, ...history.future] } };
}

export function stepForward(history: History): { step: HistoryStep; history: History } | undefined {
  const step = history.future[0];
  if (!step) return undefined;
  return { step, history: { ...history, past: [...history.past, step], future: history.future.slice(1) } };
}

export const isDirty = (history: History): boolean => history.savedDepth !== history.past.length;
export const markSaved = (history: History): History => ({ ...history, savedDepth: history.past.length });
