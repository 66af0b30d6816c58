import type { RecoveryEntry } from '../../shared/ipc/file-safety-channels';
import { api } from '../api/client';
import { replaceDocument, saveDocument } from '../commands/file-actions';
import { showError } from '../dialogs/dialog-store';
import { createStore } from '../state/create-store';
import { notify } from '../state/notices';
import { settleUnsavedChanges } from './unsaved-changes';

/** The recovery copy being offered ("Restore unsaved work from …?"), if any. */
export const recoveryOfferStore = createStore<{ entry: RecoveryEntry; more: number; busy: boolean } | undefined>(undefined);

let queue: RecoveryEntry[] = [];

function offerNext(): void {
  const [entry, ...rest] = queue;
  queue = rest;
  recoveryOfferStore.set(entry ? { entry, more: rest.length, busy: false } : undefined);
}

/** At start: offers what sessions that ended without saving (a crash, a kill) left, newest first. */
export async function offerRecovery(): Promise<void> {
  try {
    queue = [...(await api.listRecovery({})).entries];
  } catch (error) {
    notify('error', `Could not look for unsaved work to recover: ${(error as Error).message}`, 15_000);
    return;
  }
  offerNext();
}

/** Loads the copy as an unsaved document, keeping the file it came from. One window holds one document: later copies wait for the next start. */
export async function restoreOffered(): Promise<void> {
  const offer = recoveryOfferStore.get();
  if (!offer || offer.busy) return;
  if (!(await settleUnsavedChanges('Restore the recovered pipeline', saveDocument))) return;
  recoveryOfferStore.set({ ...offer, busy: true });
  try {
    const restored = await api.restoreRecovery({ id: offer.entry.id });
    replaceDocument(restored.pipeline, restored.path, { unsaved: true });
    notify('info', `Restored unsaved work from ${new Date(restored.savedAt).toLocaleString()}. Save it to keep it.`, 10_000);
    queue = [];
    recoveryOfferStore.set(undefined);
  } catch (error) {
    recoveryOfferStore.set(undefined);
    await showError({ title: 'Could not restore the unsaved work', message: (error as Error).message });
    offerNext();
  }
}

export async function discardOffered(): Promise<void> {
  const offer = recoveryOfferStore.get();
  if (!offer || offer.busy) return;
  recoveryOfferStore.set({ ...offer, busy: true });
  try {
    await api.discardRecovery({ id: offer.entry.id });
  } catch (error) {
    notify('error', `Could not discard the recovered copy: ${(error as Error).message}`, 10_000);
  }
  offerNext();
}

/** Later: the copy stays on disk and is offered again at the next start. */
export const postponeOffered = () => offerNext();
