import { createStore, useStore } from './create-store';

/** A short message for the user: `refused` for a connection the canvas would not draw. */
export interface Notice {
  readonly id: number;
  readonly kind: 'info' | 'refused' | 'error';
  readonly text: string;
}

export const noticeStore = createStore<Notice | undefined>(undefined);
export const useNotice = () => useStore(noticeStore);

let counter = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Shows `text` for a few seconds (a newer notice replaces it). */
export function notify(kind: Notice['kind'], text: string, ms = 5_000): void {
  const id = ++counter;
  noticeStore.set({ id, kind, text });
  clearTimeout(timer);
  timer = setTimeout(() => {
    if (noticeStore.get()?.id === id) noticeStore.set(undefined);
  }, ms);
}

export const dismissNotice = () => noticeStore.set(undefined);
