import type { BrowserWindow } from 'electron';

/** Windows whose renderer has settled unsaved changes: their next `close` goes through. */
const confirmed = new WeakSet<BrowserWindow>();

/**
 * Closing a window first asks its renderer (`window:close-requested`), which knows whether the
 * document has unsaved changes and shows "Save / Don't save / Cancel"; the renderer then calls
 * `window:close` (→ `confirmClose`) or does nothing (Cancel). A renderer that has crashed or hangs
 * cannot answer, so its window closes without asking (its recovery copy is on disk).
 */
export function guardClose(window: BrowserWindow): void {
  window.on('close', (event) => {
    if (confirmed.has(window)) return;
    const contents = window.webContents;
    if (contents.isCrashed() || contents.isLoading()) return;
    event.preventDefault();
    contents.send('window:close-requested', {});
  });
  window.webContents.on('unresponsive', () => confirmed.add(window));
  window.webContents.on('responsive', () => confirmed.delete(window));
}

/** The renderer has settled its unsaved changes: close for real. */
export function confirmClose(window: BrowserWindow): void {
  confirmed.add(window);
  window.close();
}
