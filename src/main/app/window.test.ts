import { describe, expect, it, vi } from 'vitest';

type Listener = (event: { preventDefault: () => void }, url: string) => void;
const created: { options: { webPreferences: Record<string, unknown> }; url?: string }[] = [];
vi.mock('electron', () => ({
  app: { on: vi.fn() },
  session: { defaultSession: { setPermissionRequestHandler: vi.fn() } },
  shell: { openExternal: vi.fn() },
  protocol: {},
  BrowserWindow: class {
    constructor(options: { webPreferences: Record<string, unknown> }) {
      created.push({ options });
    }
    once() {}
    loadURL(url: string) {
      created.at(-1)!.url = url;
      return Promise.resolve();
    }
  },
}));

const { createMainWindow, isPermissionGranted, lockDown } = await import('./window');

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  return {
    on: (name: string, fn: Listener) => listeners.set(name, fn),
    setWindowOpenHandler: (fn: typeof openHandler) => (openHandler = fn),
    fire(name: string, url: string) {
      let prevented = false;
      listeners.get(name)!({ preventDefault: () => (prevented = true) }, url);
      return prevented;
    },
    open: (url: string) => openHandler!({ url }),
  };
}

describe('the Electron window', () => {
  it('is created with the security checklist settings and loads the app protocol', () => {
    createMainWindow('/app/out/preload');
    const { options, url } = created[0]!;
    expect(options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(options.webPreferences.preload).toBe('/app/out/preload/index.cjs');
    expect(url).toBe('pipewright://app/index.html');
  });

  it('denies navigation away from the app, new windows and webviews', () => {
    const contents = fakeContents();
    lockDown(contents as never);
    expect(contents.fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.fire('will-redirect', 'file:///etc/passwd')).toBe(true);
    expect(contents.fire('will-navigate', 'pipewright://app/index.html')).toBe(false);
    expect(contents.fire('will-attach-webview', '')).toBe(true);
    expect(contents.open('https://docs.aws.amazon.com/')).toEqual({ action: 'deny' });
    expect(contents.open('pipewright://app/index.html')).toEqual({ action: 'deny' });
  });

  it('grants the clipboard to our own page only, and no other permission', () => {
    expect(isPermissionGranted('clipboard-read', 'pipewright://app/index.html')).toBe(true);
    expect(isPermissionGranted('clipboard-sanitized-write', 'pipewright://app/index.html')).toBe(true);
    expect(isPermissionGranted('clipboard-read', 'https://evil.example/')).toBe(false);
    expect(isPermissionGranted('media', 'pipewright://app/index.html')).toBe(false);
    expect(isPermissionGranted('notifications', 'pipewright://app/index.html')).toBe(false);
  });
});
