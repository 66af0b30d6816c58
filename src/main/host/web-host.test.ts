import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEB_HOST } from '../../shared/ipc/contract';
import { clickstreamPipeline } from '../../../test/fixtures/pipelines';
import { HANDLERS } from '../ipc/handlers';
import { startWebHost, type WebHost } from './web-host';

let host: WebHost;

beforeAll(async () => {
  const staticDir = await mkdtemp(join(tmpdir(), 'pw-static-'));
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Pipewright</title>');
  host = await startWebHost({ handlers: HANDLERS, staticDir });
});
afterAll(() => host.close());

/** A raw request, so tests control every header (fetch forbids setting Host and Origin). */
function call(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, path, method: options.method ?? 'POST', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}
const invoke = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
  call(WEB_HOST.invokePath(channel as never), { body: JSON.stringify(body), headers: { 'content-type': 'application/json', [WEB_HOST.tokenHeader]: host.token, ...headers } });

describe('web host', () => {
  it('binds to loopback only and hands out a URL carrying the token in the fragment', () => {
    expect(host.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${host.port}/#token=${host.token}$`));
    expect(host.token.length).toBeGreaterThanOrEqual(32);
  });

  it('serves a valid call through the shared handler table', async () => {
    const res = await invoke('pipeline:validate', { pipeline: clickstreamPipeline() });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ ok: true, value: { findings: [] } });
  });

  it('rejects a malformed payload with a message naming the bad field', async () => {
    const pipeline = clickstreamPipeline();
    const res = await invoke('pipeline:validate', { pipeline: { ...pipeline, nodes: [{ ...pipeline.nodes[0], position: { x: 'left' } }] } });
    expect(res.status).toBe(400);
    const body = JSON.parse(res.body);
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe('invalid-input');
    expect(body.error.message).toContain('pipeline.nodes[0].position.x');
  });

  it('rejects a body that is not JSON', async () => {
    const res = await call(WEB_HOST.invokePath('pipeline:validate'), { body: '{nope', headers: { [WEB_HOST.tokenHeader]: host.token } });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error.message).toMatch(/Invalid input for pipeline:validate/);
  });

  it('refuses a request without the token, or with a wrong one', async () => {
    for (const headers of [{}, { [WEB_HOST.tokenHeader]: 'guess' }] as Record<string, string>[]) {
      const res = await call(WEB_HOST.invokePath('app:info'), { body: '{}', headers });
      expect(res.status).toBe(403);
      expect(JSON.parse(res.body).error).toEqual({ code: 'forbidden', message: 'Refused: missing or wrong token' });
    }
  });

  it('refuses a request from a foreign Origin even with the token', async () => {
    const res = await invoke('app:info', {}, { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body).error.message).toContain('foreign Origin');
  });

  it('accepts its own Origin', async () => {
    const res = await invoke('app:info', {}, { origin: `http://127.0.0.1:${host.port}` });
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { transport: 'web', nativeDialogs: false } });
  });

  it('refuses a foreign Host header (DNS rebinding), for the API and the app alike', async () => {
    expect((await invoke('app:info', {}, { host: `evil.example:${host.port}` })).status).toBe(403);
    expect((await call('/', { method: 'GET', headers: { host: 'evil.example' } })).status).toBe(403);
  });

  it('refuses the event stream without the token', async () => {
    const res = await call(`${WEB_HOST.eventsPath}?client=abc`, { method: 'GET' });
    expect(res.status).toBe(403);
  });

  it('serves the app with its Content Security Policy, and nothing outside its folder', async () => {
    const page = await new Promise<{ status: number; csp: string | undefined }>((resolve) => {
      request({ host: '127.0.0.1', port: host.port, path: '/' }, (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0, csp: res.headers['content-security-policy'] as string | undefined });
      }).end();
    });
    expect(page.status).toBe(200);
    expect(page.csp).toContain("script-src 'self'");
    expect((await call('/..%2F..%2Fetc%2Fpasswd', { method: 'GET' })).status).not.toBe(200);
  });
});
