import { beforeEach, describe, expect, it, vi } from 'vitest';

// Electron is mocked: no runtime is needed (an unmocked import would try to download one).
const appListeners = new Map<string, (...args: unknown[]) => void>();
const electronApp = {
  requestSingleInstanceLock: vi.fn(() => true),
  quit: vi.fn(),
  on: (name: string, fn: (...args: unknown[]) => void) => appListeners.set(name, fn),
};
vi.mock('electron', () => ({ app: electronApp }));

const { installOpenRequests, pipelinePathsFromArgv } = await import('./open-requests');

function fakeWindow(loading = false) {
  const once = new Map<string, () => void>();
  const window = {
    sent: [] as unknown[][],
    loading,
    minimized: true,
    focused: false,
    webContents: {
      send: (...args: unknown[]) => window.sent.push(args),
      isLoading: () => window.loading,
      once: (name: string, fn: () => void) => once.set(name, fn),
    },
    isDestroyed: () => false,
    isMinimized: () => window.minimized,
    restore: () => (window.minimized = false),
    show: () => {},
    focus: () => (window.focused = true),
    finishLoading() {
      window.loading = false;
      once.get('did-finish-load')?.();
    },
  };
  return window;
}
type Fake = ReturnType<typeof fakeWindow>;
const asWindow = (w: Fake) => w as never;

beforeEach(() => {
  appListeners.clear();
  electronApp.requestSingleInstanceLock.mockReturnValue(true);
  electronApp.quit.mockClear();
});

describe('opening files from the OS and the command line', () => {
  it('takes .pipewright arguments, resolved from the launch folder, and nothing else', () => {
    expect(pipelinePathsFromArgv(['.', '--inspect', 'a.pipewright', '/abs/B.PIPEWRIGHT', 'notes.txt'], '/home/ana')).toEqual(['/home/ana/a.pipewright', '/abs/B.PIPEWRIGHT']);
  });

  it('a second launch quits at once when one is running', () => {
    electronApp.requestSingleInstanceLock.mockReturnValue(false);
    expect(installOpenRequests(['electron', 'x.pipewright'], '/')).toBeUndefined();
    expect(electronApp.quit).toHaveBeenCalled();
    expect(appListeners.size).toBe(0);
  });

  it('opens the command-line file once the window has loaded', () => {
    const requests = installOpenRequests(['pipewright', 'a.pipewright'], '/work')!;
    const window = fakeWindow(true);
    requests.attach(asWindow(window));
    expect(window.sent).toEqual([]);
    window.finishLoading();
    expect(window.sent).toEqual([['app:open-path', { path: '/work/a.pipewright' }]]);
  });

  it('keeps a macOS open-file that arrives before the window, and handles it as its own', () => {
    const requests = installOpenRequests(['pipewright'], '/')!;
    const prevented = vi.fn();
    appListeners.get('open-file')!({ preventDefault: prevented }, '/Users/ana/x.pipewright');
    expect(prevented).toHaveBeenCalled();
    const window = fakeWindow();
    requests.attach(asWindow(window));
    expect(window.sent).toEqual([['app:open-path', { path: '/Users/ana/x.pipewright' }]]);
  });

  it('a second launch with a file opens it in the existing window, brought to the front', () => {
    const requests = installOpenRequests(['pipewright'], '/')!;
    const window = fakeWindow();
    requests.attach(asWindow(window));
    appListeners.get('second-instance')!({}, ['pipewright', 'b.pipewright'], '/elsewhere');
    expect(window.sent).toEqual([['app:open-path', { path: '/elsewhere/b.pipewright' }]]);
    expect(window.minimized).toBe(false);
    expect(window.focused).toBe(true);
  });

  it('a second launch without a file only focuses the window', () => {
    const requests = installOpenRequests(['pipewright'], '/')!;
    const window = fakeWindow();
    requests.attach(asWindow(window));
    appListeners.get('second-instance')!({}, ['pipewright'], '/');
    expect(window.sent).toEqual([]);
    expect(window.focused).toBe(true);
  });
});
