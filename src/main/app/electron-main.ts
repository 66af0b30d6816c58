import { app, BrowserWindow } from 'electron';
import { join } from 'node:path';
import { createFileServices } from '../files/file-services';
import { HANDLERS } from '../ipc/handlers';
import { registerIpcHandlers } from '../ipc/electron-transport';
import { handleAppScheme, registerAppScheme } from './app-protocol';
import { guardClose } from './close-guard';
import flags from './main-process-flags.json';
import { installOpenRequests } from './open-requests';
import { createMainWindow, installSecurityHandlers } from './window';

// Thin shell: everything it calls is plain Node code shared with the web host and the CLI.
// The V8 flags are the web host's too (see main-process-flags.json): a larger young generation, since
// every validation parses and checks the whole document and would otherwise trigger a collection.
app.commandLine.appendSwitch('js-flags', flags.v8.join(' '));
registerAppScheme();

// One instance: a second launch hands its files to this one and quits (before any window is made).
const openRequests = installOpenRequests();

function openWindow() {
  const window = createMainWindow(join(__dirname, '..', 'preload'));
  guardClose(window);
  openRequests?.attach(window);
  return window;
}

if (openRequests) {
  void app.whenReady().then(() => {
    installSecurityHandlers();
    handleAppScheme(join(__dirname, '..', 'renderer'));
    registerIpcHandlers(HANDLERS, createFileServices(app.getPath('userData')));
    openWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow();
    });
  });
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
