// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Bridge } from '../../shared/ipc/contract';
import { bridgeTransport } from './bridge-transport';
import { ApiError } from './errors';
import { httpTransport } from './http-transport';
import { makeApi } from './make-api';
import { readToken } from './token';

const INFO = { version: '0.1.0', transport: 'web', nativeDialogs: false, documentsDir: '/home/ana' };

function fakeFetch(body: unknown, status = 200) {
  return vi.fn(async (_url: string, _init?: RequestInit) => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status }));
}

class FakeEventSource {
  static last: FakeEventSource | undefined;
  readonly listeners = new Map<string, ((e: MessageEvent) => void)[]>();
  constructor(readonly url: string) {
    FakeEventSource.last = this;
  }
  addEventListener(name: string, listener: (e: MessageEvent) => void) {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
  }
  emit(name: string, data: string) {
    for (const l of this.listeners.get(name) ?? []) l(new MessageEvent(name, { data }));
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStorage.clear();
});

describe('HTTP client of the web host', () => {
  it('posts the input as JSON with token and client headers, and parses the output', async () => {
    const fetch = fakeFetch({ ok: true, value: INFO });
    vi.stubGlobal('fetch', fetch);
    const api = makeApi(httpTransport('tok', 'client-1'));
    await expect(api.appInfo({})).resolves.toEqual(INFO);
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/api/invoke/app:info');
    expect(init).toMatchObject({ method: 'POST', body: '{}' });
    expect(init!.headers).toMatchObject({ 'content-type': 'application/json', 'x-pipewright-token': 'tok', 'x-pipewright-client': 'client-1' });
  });

  it("throws main's message on ok:false", async () => {
    vi.stubGlobal('fetch', fakeFetch({ ok: false, error: { code: 'failed', message: 'Cannot open /x: ENOENT' } }, 500));
    const api = makeApi(httpTransport('tok', 'c'));
    const error = await api.openFile({ path: '/x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ message: 'Cannot open /x: ENOENT', code: 'failed' });
  });

  it('refuses an output that does not match the channel schema, and a body that is not JSON', async () => {
    vi.stubGlobal('fetch', fakeFetch({ ok: true, value: { version: 1 } }));
    await expect(makeApi(httpTransport('t', 'c')).appInfo({})).rejects.toMatchObject({ code: 'bad-output' });
    vi.stubGlobal('fetch', fakeFetch('Forbidden', 403));
    await expect(makeApi(httpTransport('t', 'c')).appInfo({})).rejects.toMatchObject({ code: 'transport', message: expect.stringContaining('403') });
  });

  it('subscribes to server-sent events with token and client id, and parses payloads', () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    const api = makeApi(httpTransport('tok', 'client-1'));
    const seen: unknown[] = [];
    const stop = api.on('simulation:progress', (p) => seen.push(p));
    expect(FakeEventSource.last!.url).toBe('/api/events?token=tok&client=client-1');
    FakeEventSource.last!.emit('simulation:progress', JSON.stringify({ runId: 'r', fraction: 0.5, simulatedSeconds: 30 }));
    FakeEventSource.last!.emit('simulation:progress', JSON.stringify({ runId: 'r', fraction: 7 }));
    FakeEventSource.last!.emit('simulation:progress', 'not json');
    stop();
    FakeEventSource.last!.emit('simulation:progress', JSON.stringify({ runId: 'r', fraction: 1, simulatedSeconds: 60 }));
    expect(seen).toEqual([{ runId: 'r', fraction: 0.5, simulatedSeconds: 30 }]);
  });
});

describe('Electron bridge client', () => {
  it('calls the named function and unwraps its result', async () => {
    const bridge = { appInfo: vi.fn(async () => ({ ok: true, value: { ...INFO, transport: 'electron', nativeDialogs: true } })), on: vi.fn() };
    const api = makeApi(bridgeTransport(bridge as unknown as Bridge));
    await expect(api.appInfo({})).resolves.toMatchObject({ transport: 'electron' });
    expect(bridge.appInfo).toHaveBeenCalledWith({});
  });
});

describe('token', () => {
  it('is read from the hash once, then from sessionStorage after a reload', () => {
    history.replaceState(null, '', '/#token=secret-1');
    expect(readToken()).toBe('secret-1');
    expect(location.hash).toBe('');
    expect(readToken()).toBe('secret-1');
  });
});
