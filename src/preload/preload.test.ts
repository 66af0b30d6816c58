import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS, CHANNEL_NAMES } from '../shared/ipc/contract';

// Electron is mocked: the preload's whole surface is what it hands to contextBridge.
const exposed: Record<string, Record<string, (...args: unknown[]) => unknown>> = {};
const invoke = vi.fn(async (..._args: unknown[]) => ({ ok: true, value: {} }));
const listeners = new Map<string, (...args: unknown[]) => void>();
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: Record<string, (...args: unknown[]) => unknown>) => (exposed[key] = api) },
  ipcRenderer: {
    invoke: (...args: unknown[]) => invoke(...args),
    on: (name: string, fn: (...args: unknown[]) => void) => listeners.set(name, fn),
    removeListener: (name: string) => listeners.delete(name),
  },
}));

beforeAll(async () => {
  await import('./index');
});

describe('the preload bridge', () => {
  it('exposes one named function per contract channel and `on`, nothing else', () => {
    expect(Object.keys(exposed)).toEqual(['pipewright']);
    const methods = CHANNEL_NAMES.map((c) => CHANNELS[c].method);
    expect(Object.keys(exposed.pipewright!).sort()).toEqual([...methods, 'on'].sort());
    expect(exposed.pipewright).not.toHaveProperty('invoke');
    expect(exposed.pipewright).not.toHaveProperty('send');
  });

  it('forwards each named function to its own channel', async () => {
    await exposed.pipewright!.validatePipeline!({ pipeline: 1 });
    expect(invoke).toHaveBeenLastCalledWith('pipeline:validate', { pipeline: 1 });
  });

  it('subscribes to contract events only, and unsubscribes', () => {
    const seen: unknown[] = [];
    const off = exposed.pipewright!.on!('simulation:progress', (p: unknown) => seen.push(p)) as () => void;
    listeners.get('simulation:progress')!({}, { fraction: 0.5 });
    expect(seen).toEqual([{ fraction: 0.5 }]);
    off();
    expect(listeners.has('simulation:progress')).toBe(false);
    expect(() => exposed.pipewright!.on!('file:open', () => {})).toThrow('Unknown event "file:open"');
  });
});
