import { beforeEach, describe, expect, it, vi } from 'vitest';

// Electron is mocked: no runtime is needed (an unmocked import would try to download one).
const handlers = new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>();
const ourWindow = {};
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, fn: (event: unknown, payload: unknown) => Promise<unknown>) => handlers.set(channel, fn) },
  BrowserWindow: { fromWebContents: (contents: { ours?: boolean }) => (contents.ours ? ourWindow : null) },
  dialog: {},
  protocol: {},
}));

const { registerIpcHandlers } = await import('./electron-transport');
const { HANDLERS } = await import('./handlers');
const { CHANNEL_NAMES } = await import('../../shared/ipc/contract');
const { clickstreamPipeline } = await import('../../../test/fixtures/pipelines');
const { createFileServices } = await import('../files/file-services');
const { tmpdir } = await import('node:os');
const { join } = await import('node:path');

function event(url: string, options: { ours?: boolean; subframe?: boolean } = {}) {
  const mainFrame = { url };
  const sender = { ours: options.ours ?? true, mainFrame, send: vi.fn() };
  return { sender, senderFrame: options.subframe ? { url } : mainFrame };
}

describe('Electron IPC transport', () => {
  beforeEach(() => {
    handlers.clear();
    registerIpcHandlers(HANDLERS, createFileServices(join(tmpdir(), 'pw-transport-test')));
  });

  it('registers every channel of the contract', () => {
    expect([...handlers.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  it('serves a trusted sender: the main frame of our window on the app page', async () => {
    const result = await handlers.get('pipeline:validate')!(event('pipewright://app/index.html'), { pipeline: clickstreamPipeline() });
    expect(result).toEqual({ ok: true, value: { findings: [] } });
  });

  it.each([
    ['a foreign page', event('https://evil.example/'), 'https://evil.example/'],
    ['a file:// page', event('file:///tmp/x.html'), 'file:///tmp/x.html'],
    ['a subframe', event('pipewright://app/index.html', { subframe: true }), 'pipewright://app/index.html'],
    ['a window that is not ours', event('pipewright://app/index.html', { ours: false }), 'pipewright://app/index.html'],
  ])('refuses %s', async (_name, untrusted, url) => {
    const result = await handlers.get('app:info')!(untrusted, {});
    expect(result).toEqual({ ok: false, error: { code: 'forbidden', message: `Refused: app:info from an untrusted sender (${url})` } });
  });

  it('rejects a malformed payload with a message naming the bad field', async () => {
    const result = (await handlers.get('file:save')!(event('pipewright://app/index.html'), { pipeline: { format: 'pipewright' } })) as { ok: boolean; error: { code: string; message: string } };
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.message).toMatch(/^Invalid input for file:save: pipeline\.version: /);
  });
});
