import { createStore, useStore } from './create-store';

/** What is selected on the canvas. Not part of the document, so never in undo history. */
export interface Selection {
  readonly nodeIds: readonly string[];
  readonly edgeIds: readonly string[];
}

export const EMPTY_SELECTION: Selection = { nodeIds: [], edgeIds: [] };

export const selectionStore = createStore<Selection>(EMPTY_SELECTION);

export const useSelection = () => useStore(selectionStore);

export function select(selection: Partial<Selection>): void {
  selectionStore.set({ nodeIds: selection.nodeIds ?? [], edgeIds: selection.edgeIds ?? [] });
}

export const clearSelection = () => selectionStore.set(EMPTY_SELECTION);

export const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, i) => id === b[i]);
