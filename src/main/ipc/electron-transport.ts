import { dialog, ipcMain, BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { CHANNEL_NAMES } from '../../shared/ipc/contract';
import { isAppUrl } from '../app/app-protocol';
import { nativeMenuFor } from '../app/native-menu';
import { confirmClose } from '../app/close-guard';
import type { FileServices } from '../files/file-services';
import { dispatch } from './dispatch';
import type { Dialogs, HandlerTable } from './types';

/** A call is trusted only from the main frame of one of our windows showing our own app page. */
export function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  if (!frame || frame !== event.sender.mainFrame) return false;
  if (!BrowserWindow.fromWebContents(event.sender)) return false;
  return isAppUrl(frame.url);
}

function dialogsFor(event: IpcMainInvokeEvent): Dialogs {
  const window = BrowserWindow.fromWebContents(event.sender) ?? undefined;
  const pick = async (run: () => Promise<{ canceled: boolean; path?: string }>) => {
    const { canceled, path } = await run();
    return canceled ? undefined : path;
  };
  return {
    chooseOpenPath: (filters) =>
      pick(async () => {
        const r = window ? await dialog.showOpenDialog(window, { properties: ['openFile'], filters }) : await dialog.showOpenDialog({ properties: ['openFile'], filters });
        return { canceled: r.canceled, path: r.filePaths[0] };
      }),
    chooseSavePath: (defaultPath, filters) =>
      pick(async () => {
        const r = window ? await dialog.showSaveDialog(window, { defaultPath, filters }) : await dialog.showSaveDialog({ defaultPath, filters });
        return { canceled: r.canceled, path: r.filePath };
      }),
  };
}

/** Registers every channel of the contract through one function that checks the sender first. */
export function registerIpcHandlers(handlers: HandlerTable, files: FileServices): void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, async (event, payload: unknown) => {
      if (!isTrustedSender(event)) {
        return { ok: false, error: { code: 'forbidden', message: `Refused: ${channel} from an untrusted sender (${event.senderFrame?.url ?? 'no frame'})` } };
      }
      return dispatch(handlers, channel, payload, {
        transport: 'electron',
        client: `window-${event.sender.id}`,
        dialogs: dialogsFor(event),
        nativeMenu: nativeMenuFor(event.sender),
        files,
        emit: (name, data) => event.sender.send(name, data),
        closeWindow: () => {
          const window = BrowserWindow.fromWebContents(event.sender);
          if (window) confirmClose(window);
        },
      });
    });
  }
}
