import { createDocumentStore, type DocumentState } from './document-store';
import { useStore } from './create-store';

/** The open document of this window. Every change goes through `documentStore.dispatch`. */
export const documentStore = createDocumentStore();

const storeView = { get: documentStore.getState, subscribe: documentStore.subscribe };

export function useDocument<S>(selector: (state: DocumentState) => S): S {
  return useStore(storeView, selector);
}

export const usePipeline = () => useDocument((s) => s.pipeline);

/** `name — path`, with `•` in front while there are unsaved changes. */
export function documentTitle(state: Pick<DocumentState, 'pipeline' | 'path' | 'dirty'>): string {
  return `${state.dirty ? '• ' : ''}${state.pipeline.name || 'Untitled'} — ${state.path ?? 'not saved'}`;
}
