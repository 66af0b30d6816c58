import { createStore, useStore } from '../state/create-store';
import type { Finding } from '../../shared/findings/finding';

/** Dialogs asked for by commands, each resolving a promise when closed. Shown stacked, newest on top. */
export type DialogRequest =
  | { id: number; kind: 'path'; title: string; message?: string; initial: string; confirmLabel: string; resolve: (path: string | undefined) => void }
  | { id: number; kind: 'confirm'; title: string; message: string; confirmLabel: string; resolve: (ok: boolean) => void }
  | { id: number; kind: 'error'; title: string; message: string; resolve: () => void };

type Ask<K extends DialogRequest['kind']> = Omit<Extract<DialogRequest, { kind: K }>, 'id' | 'kind' | 'resolve'>;

export const dialogStore = createStore<readonly DialogRequest[]>([]);
export const useDialogs = () => useStore(dialogStore);

let nextId = 0;

function open<T>(make: (id: number, resolve: (value: T) => void) => DialogRequest): Promise<T> {
  return new Promise<T>((resolve) => {
    const id = ++nextId;
    const close = (value: T) => {
      dialogStore.set((all) => all.filter((d) => d.id !== id));
      resolve(value);
    };
    dialogStore.set((all) => [...all, make(id, close)]);
  });
}

/** Asks for a file path (the web host has no native dialogs). Undefined when cancelled. */
export const askPath = (ask: Ask<'path'>) => open<string | undefined>((id, resolve) => ({ id, kind: 'path', ...ask, resolve }));

export const askConfirm = (ask: Ask<'confirm'>) => open<boolean>((id, resolve) => ({ id, kind: 'confirm', ...ask, resolve }));

export const showError = (ask: Ask<'error'>) => open<void>((id, resolve) => ({ id, kind: 'error', ...ask, resolve: () => resolve() }));

/** The export dialog's visibility; it is not a promise-style dialog. */
export const exportDialogStore = createStore(false);

/** The "New from template" dialog's visibility. */
export const templateDialogStore = createStore(false);

/** The finding the "Suppress…" dialog asks a justification for; undefined when closed. */
export const suppressDialogStore = createStore<Finding | undefined>(undefined);
