import { app, BrowserWindow } from 'electron';
import { join } from 'node:path';
import { HANDLERS } from '../ipc/handlers';
import { registerIpcHandlers } from '../ipc/electron-transport';
import { handleAppScheme, registerAppScheme } from './app-protocol';
import flags from './main-process-flags.json';
import { createMainWindow, installSecurityHandlers } from './window';

// Thin shell: everything it calls is plain Node code shared with the web host and the CLI.
// The V8 flags are the web host's too (see main-process-flags.json): a larger young generation, since
// every validation parses and checks the whole document and would otherwise trigger a collection.
app.commandLine.appendSwitch('js-flags', flags.v8.join(' '));
registerAppScheme();

void app.whenReady().then(() => {
  installSecurityHandlers();
  handleAppScheme(join(__dirname, '..', 'renderer'));
  registerIpcHandlers(HANDLERS);
  createMainWindow(join(__dirname, '..', 'preload'));
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow(join(__dirname, '..', 'preload'));
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
