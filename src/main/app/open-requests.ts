import { app, type BrowserWindow } from 'electron';
import { extname, resolve } from 'node:path';
import { PIPELINE_EXTENSION } from '../files/pipeline-files';

/**
 * The `.pipewright` files named on a command line (`pipewright a.pipewright`, or Windows and Linux
 * opening a file with the app), resolved against the folder it was started from. Switches and the
 * executable or app folder are not files to open.
 */
export function pipelinePathsFromArgv(argv: readonly string[], cwd: string): string[] {
  return argv.filter((arg) => !arg.startsWith('-') && extname(arg).toLowerCase() === PIPELINE_EXTENSION).map((arg) => resolve(cwd, arg));
}

/** Shows `path` in `window`: the renderer asks about unsaved changes, then opens it. */
function sendOpen(window: BrowserWindow, path: string): void {
  const send = () => window.webContents.send('app:open-path', { path });
  if (window.webContents.isLoading()) window.webContents.once('did-finish-load', send);
  else send();
}

function bringToFront(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

/**
 * One Pipewright at a time: a second launch hands its files to the first (`second-instance`) and
 * quits. Files come from the command line, from a second launch, or on macOS from the OS
 * (`open-file`, which can arrive before the window exists: kept until `attach`).
 * Returns undefined when another instance already runs (this one is quitting).
 */
export function installOpenRequests(argv: readonly string[] = process.argv, cwd: string = process.cwd()): { attach(window: BrowserWindow): void } | undefined {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return undefined;
  }
  let window: BrowserWindow | undefined;
  const pending: string[] = pipelinePathsFromArgv(argv.slice(1), cwd);
  const open = (path: string) => {
    if (!window || window.isDestroyed()) pending.push(path);
    else {
      sendOpen(window, path);
      bringToFront(window);
    }
  };
  app.on('open-file', (event, path) => {
    event.preventDefault();
    open(path);
  });
  app.on('second-instance', (_event, otherArgv, otherCwd) => {
    const paths = pipelinePathsFromArgv(otherArgv.slice(1), otherCwd);
    paths.forEach(open);
    if (paths.length === 0 && window && !window.isDestroyed()) bringToFront(window);
  });
  return {
    attach(next) {
      window = next;
      for (const path of pending.splice(0)) sendOpen(next, path);
    },
  };
}
