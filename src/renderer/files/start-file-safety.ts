import { api } from '../api/client';
import { documentStore } from '../state/document';
import { startAutosave } from './autosave';
import { startDiskWatch } from './disk-changes';
import { offerRecovery } from './recovery';
import { startWindowRequests } from './window-requests';

/** Wiring that keeps the user's work safe: recovery copies, the offer to restore, the watched file, closing. */
export function startFileSafety(): void {
  startAutosave({
    documents: documentStore,
    save: (document) => api.saveRecovery(document),
    onError: (error) => console.warn(`Autosave to the recovery folder failed: ${error.message}`),
  });
  startDiskWatch();
  startWindowRequests();
  void offerRecovery();
}
