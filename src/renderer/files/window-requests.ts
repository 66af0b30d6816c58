import { api, transportKind } from '../api/client';
import { openPath, saveDocument } from '../commands/file-actions';
import { documentStore } from '../state/document';
import { settleUnsavedChanges } from './unsaved-changes';

/**
 * What main asks of a desktop window: closing (settle unsaved changes, then `window:close`; Cancel
 * leaves it open) and opening a file from the OS or a second launch. In a browser tab the page
 * cannot hold a close, so it asks the browser's own question instead (`beforeunload`).
 */
export function startWindowRequests(): () => void {
  if (transportKind === 'web') {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (documentStore.getState().dirty) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }
  let closing = false;
  const offClose = api.on('window:close-requested', () => {
    if (closing) return;
    closing = true;
    void settleUnsavedChanges('Close the window', saveDocument)
      .then((ok) => (ok ? api.closeWindow({}) : undefined))
      .finally(() => (closing = false));
  });
  const offOpen = api.on('app:open-path', ({ path }) => void openPath(path));
  return () => {
    offClose();
    offOpen();
  };
}
