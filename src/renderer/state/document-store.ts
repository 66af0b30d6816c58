import { applyPatches, enablePatches, produceWithPatches, type Draft } from 'immer';
import { emptyPipeline, type Pipeline } from '../../shared/model/pipeline';
import { emptyHistory, isDirty, markSaved, record, stepBack, stepForward, type History } from './history';

enablePatches();

/** Everything about the open document. Replaced (never mutated) on every change. */
export interface DocumentState {
  readonly pipeline: Pipeline;
  /** The file it was opened from or last saved to; undefined for a new document. */
  readonly path: string | undefined;
  readonly history: History;
  /** Changed since it was last saved or opened. */
  readonly dirty: boolean;
  /** Counts every change of `pipeline`, including undo and redo. */
  readonly revision: number;
  /** Counts documents loaded (new or opened): the canvas fits the view when it changes. */
  readonly session: number;
}

export type Recipe = (draft: Draft<Pipeline>) => void;

export interface DocumentStore {
  getState(): DocumentState;
  subscribe(listener: () => void): () => void;
  /** The one write path: applies the recipe as one undoable step named `label`. Returns false when nothing changed. */
  dispatch(recipe: Recipe, options: { label: string }): boolean;
  undo(): boolean;
  redo(): boolean;
  /** Replaces the document (new or opened) and starts a fresh history; `unsaved` (a recovered copy) starts it dirty. */
  load(pipeline: Pipeline, path?: string, options?: { unsaved?: boolean }): void;
  /**
   * Records that `saved` is what is now on disk at `path`. When the document changed while it was
   * being written, only the path is taken: the changes since are still unsaved.
   */
  markSaved(path: string, saved?: Pipeline): void;
}

export function createDocumentStore(initial: Pipeline = emptyPipeline(), initialPath?: string): DocumentStore {
  let state: DocumentState = { pipeline: initial, path: initialPath, history: emptyHistory(), dirty: false, revision: 0, session: 0 };
  const listeners = new Set<() => void>();

  function commit(next: Omit<DocumentState, 'dirty'>): void {
    state = { ...next, dirty: isDirty(next.history) };
    for (const listener of [...listeners]) listener();
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispatch(recipe, { label }) {
      const [pipeline, patches, inverse] = produceWithPatches(state.pipeline, recipe);
      if (patches.length === 0) return false;
      commit({ ...state, pipeline, history: record(state.history, { label, patches, inverse }), revision: state.revision + 1 });
      return true;
    },
    undo() {
      const back = stepBack(state.history);
      if (!back) return false;
      commit({ ...state, pipeline: applyPatches(state.pipeline, back.step.inverse as never), history: back.history, revision: state.revision + 1 });
      return true;
    },
    redo() {
      const forward = stepForward(state.history);
      if (!forward) return false;
      commit({ ...state, pipeline: applyPatches(state.pipeline, forward.step.patches as never), history: forward.history, revision: state.revision + 1 });
      return true;
    },
    load(pipeline, path, options) {
      // A null saved depth: no state in this history is what the file holds.
      commit({ pipeline, path, history: emptyHistory(options?.unsaved ? null : 0), revision: state.revision + 1, session: state.session + 1 });
    },
    markSaved(path, saved = state.pipeline) {
      commit({ ...state, path, history: saved === state.pipeline ? markSaved(state.history) : state.history });
    },
  };
}
