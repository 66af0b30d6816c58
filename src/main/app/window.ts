import { app, BrowserWindow, session, shell, type WebContents } from 'electron';
import { join } from 'node:path';
import { APP_URL, isAppUrl } from './app-protocol';

/** The locked-down settings of every window (Electron's security checklist). */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  spellcheck: false,
} as const;

/** No navigation away from the app, no new windows, no webviews. */
export function lockDown(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Links to documentation open in the user's browser, never inside the app.
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

/** The only permissions granted, and only to our own page: the system clipboard, for copy and paste of nodes. */
const GRANTED = new Set(['clipboard-read', 'clipboard-sanitized-write']);

export const isPermissionGranted = (permission: string, url: string): boolean => GRANTED.has(permission) && isAppUrl(url);

export function installSecurityHandlers(): void {
  app.on('web-contents-created', (_event, contents) => lockDown(contents));
  session.defaultSession.setPermissionRequestHandler((contents, permission, callback, details) =>
    callback(isPermissionGranted(permission, details.requestingUrl ?? contents.getURL())),
  );
  session.defaultSession.setPermissionCheckHandler((_contents, permission, origin, details) => isPermissionGranted(permission, details.requestingUrl ?? origin));
}

export function createMainWindow(preloadDir: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    title: 'Pipewright',
    show: false,
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: join(preloadDir, 'index.cjs') },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_URL);
  return window;
}
