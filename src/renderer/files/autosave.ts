import type { Pipeline } from '../../shared/model/pipeline';
import type { DocumentState } from '../state/document-store';

/** How long after a change the recovery copy is written: at most this much work is lost in a crash. */
export const AUTOSAVE_DELAY_MS = 5_000;

export interface AutosaveOptions {
  documents: { getState(): DocumentState; subscribe(listener: () => void): () => void };
  /** Sends the document to main (`recovery:save`): written while dirty, deleted once clean. */
  save: (document: { pipeline: Pipeline; path?: string; dirty: boolean }) => Promise<unknown>;
  delayMs?: number;
  onError?: (error: Error) => void;
}

/**
 * Keeps a recovery copy of the unsaved document: the first change schedules a write `delayMs`
 * later, and changes meanwhile ride along with it (throttled, not debounced, so steady editing
 * still writes every `delayMs`). Once the document is clean again (saved, undone to the saved
 * state, another one opened) the copy is deleted at once. Returns a stop function.
 */
export function startAutosave({ documents, save, delayMs = AUTOSAVE_DELAY_MS, onError = () => {} }: AutosaveOptions): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastRevision = documents.getState().revision;
  /** Main may hold a copy (ours, or one restored into this window) that a clean state must delete. */
  let wasDirty = documents.getState().dirty;

  const send = (state: DocumentState) => {
    save({ pipeline: state.pipeline, path: state.path, dirty: state.dirty }).catch(onError);
  };

  const unsubscribe = documents.subscribe(() => {
    const state = documents.getState();
    const becameClean = wasDirty && !state.dirty;
    wasDirty = state.dirty;
    if (!state.dirty) {
      clearTimeout(timer);
      timer = undefined;
      if (becameClean) send(state);
      lastRevision = state.revision;
      return;
    }
    if (state.revision === lastRevision || timer !== undefined) return;
    lastRevision = state.revision;
    timer = setTimeout(() => {
      timer = undefined;
      const now = documents.getState();
      if (now.dirty) send(now);
    }, delayMs);
  });

  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
