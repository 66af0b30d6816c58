import { describe, expect, it, vi } from 'vitest';

// Electron is mocked: no runtime is needed. The guard only uses the window it is given.
vi.mock('electron', () => ({}));
const { confirmClose, guardClose } = await import('./close-guard');

function fakeWindow(state: { crashed?: boolean; loading?: boolean } = {}) {
  const on = new Map<string, (event: { preventDefault(): void }) => void>();
  const contentsOn = new Map<string, () => void>();
  const window = {
    sent: [] as unknown[][],
    closed: 0,
    on: (name: string, fn: (event: { preventDefault(): void }) => void) => on.set(name, fn),
    webContents: {
      send: (...args: unknown[]) => window.sent.push(args),
      isCrashed: () => state.crashed ?? false,
      isLoading: () => state.loading ?? false,
      on: (name: string, fn: () => void) => contentsOn.set(name, fn),
    },
    /** Like BrowserWindow.close(): emits `close`, and closes unless prevented. */
    close() {
      let prevented = false;
      on.get('close')!({ preventDefault: () => (prevented = true) });
      if (!prevented) window.closed++;
    },
    contents: (name: string) => contentsOn.get(name)!(),
  };
  return window;
}

describe('closing a window with unsaved changes', () => {
  it('asks the renderer first and stays open until it confirms', () => {
    const window = fakeWindow();
    guardClose(window as never);
    window.close();
    expect(window.closed).toBe(0);
    expect(window.sent).toEqual([['window:close-requested', {}]]);
    confirmClose(window as never);
    expect(window.closed).toBe(1);
  });

  it('Cancel (no answer) keeps the window; asking again asks the renderer again', () => {
    const window = fakeWindow();
    guardClose(window as never);
    window.close();
    window.close();
    expect(window.closed).toBe(0);
    expect(window.sent).toHaveLength(2);
  });

  it('closes without asking when the renderer cannot answer (crashed, or hung)', () => {
    const crashed = fakeWindow({ crashed: true });
    guardClose(crashed as never);
    crashed.close();
    expect(crashed.closed).toBe(1);

    const hung = fakeWindow();
    guardClose(hung as never);
    hung.contents('unresponsive');
    hung.close();
    expect(hung.closed).toBe(1);
    expect(hung.sent).toEqual([]);
  });

  it('asks again once a hung renderer responds', () => {
    const window = fakeWindow();
    guardClose(window as never);
    window.contents('unresponsive');
    window.contents('responsive');
    window.close();
    expect(window.closed).toBe(0);
  });
});
