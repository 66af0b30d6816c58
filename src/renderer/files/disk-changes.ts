import type { EventPayload } from '../../shared/ipc/contract';
import { api } from '../api/client';
import { openFromPath } from '../commands/file-actions';
import { createStore } from '../state/create-store';
import { documentStore } from '../state/document';
import { notify } from '../state/notices';

export type DiskChange = EventPayload<'file:changed-on-disk'>;

/** The open file's latest change by another program, until the user reloads or keeps theirs. */
export const diskChangeStore = createStore<DiskChange | undefined>(undefined);

/**
 * Asks main to watch the open file (again whenever the document's path changes) and keeps the
 * change it reports for the bar. A change to a file no longer open is ignored.
 */
export function startDiskWatch(): () => void {
  let watched: string | undefined;
  const follow = () => {
    const { path } = documentStore.getState();
    if (path === watched) return;
    watched = path;
    diskChangeStore.set(undefined);
    api.watchFile({ path }).catch((error: Error) => console.warn(`Cannot watch ${path}: ${error.message}`));
  };
  const unsubscribeDocument = documentStore.subscribe(follow);
  const unsubscribeEvent = api.on('file:changed-on-disk', (change) => {
    if (change.path === documentStore.getState().path) diskChangeStore.set(change);
  });
  follow();
  return () => {
    unsubscribeDocument();
    unsubscribeEvent();
  };
}

/** Reads the file again; the user's unsaved changes (the bar said so) are replaced. */
export async function reloadFromDisk(): Promise<void> {
  const change = diskChangeStore.get();
  if (!change || change.removed) return;
  diskChangeStore.set(undefined);
  if (await openFromPath(change.path)) notify('info', `Reloaded ${change.path}`);
}

/** Keeps the document as it is in the window; saving it will overwrite the other program's version. */
export const keepMine = () => diskChangeStore.set(undefined);
