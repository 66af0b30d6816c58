/**
 * The system clipboard, as text. `navigator.clipboard` needs a secure context: the web host is
 * served from 127.0.0.1 (a secure context) and Electron's `pipewright://` scheme is registered
 * secure, with the clipboard permissions granted to the app page only (see src/main/app/window.ts).
 */
export async function writeClipboardText(text: string): Promise<void> {
  if (!navigator.clipboard) throw new Error('This window has no access to the system clipboard (not a secure context).');
  try {
    await navigator.clipboard.writeText(text);
  } catch (error) {
    throw new Error(`Could not write to the system clipboard: ${(error as Error).message}`, { cause: error });
  }
}

export async function readClipboardText(): Promise<string> {
  if (!navigator.clipboard) throw new Error('This window has no access to the system clipboard (not a secure context).');
  try {
    return await navigator.clipboard.readText();
  } catch (error) {
    throw new Error(`Could not read the system clipboard (was the permission refused?): ${(error as Error).message}`, { cause: error });
  }
}
