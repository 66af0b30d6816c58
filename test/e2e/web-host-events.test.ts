import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEB_HOST } from '../../src/shared/ipc/contract';
import { clickstreamPipeline } from '../fixtures/pipelines';
import { startWebHost, type WebHost } from './harness/web-host';

// The built web host (its simulation runs in the bundled worker thread).
let host: WebHost;
let origin: string;
let token: string;
beforeAll(async () => {
  host = await startWebHost();
  origin = new URL(host.url).origin;
  token = new URL(host.url).hash.replace('#token=', '');
});
afterAll(() => host?.stop());

function listen(client: string) {
  const events: string[] = [];
  const req = request(`${origin}${WEB_HOST.eventsPath}?token=${token}&client=${client}`, (res) => res.on('data', (chunk: Buffer) => events.push(chunk.toString())));
  req.end();
  const connected = new Promise<void>((resolve) => req.on('response', () => resolve()));
  return { events, connected, close: () => req.destroy() };
}

describe('web host events', () => {
  it('streams simulation progress to the page that started the run, and to no other', async () => {
    const mine = listen('page-a');
    const other = listen('page-b');
    await Promise.all([mine.connected, other.connected]);
    const res = await fetch(`${origin}${WEB_HOST.invokePath('simulation:run')}`, {
      method: 'POST',
      headers: { [WEB_HOST.tokenHeader]: token, [WEB_HOST.clientHeader]: 'page-a' },
      body: JSON.stringify({ runId: 'run-1', pipeline: clickstreamPipeline({ simulation: { durationSeconds: 3_000 } }) }),
    });
    const body = (await res.json()) as { ok: boolean; value: { status: string; result: { nodes: { nodeId: string; objectsWritten: number }[] } } };
    expect(body).toMatchObject({ ok: true, value: { status: 'completed' } });
    expect(body.value.result.nodes.find((n) => n.nodeId === 'bucket-1')!.objectsWritten).toBe(10);
    mine.close();
    other.close();
    const progress = mine.events.join('').split('\n\n').filter((m) => m.startsWith('event: simulation:progress'));
    expect(progress.length).toBeGreaterThan(0);
    expect(JSON.parse(progress.at(-1)!.split('data: ')[1]!)).toMatchObject({ runId: 'run-1', fraction: 1 });
    expect(other.events.join('')).not.toContain('simulation:progress');
  });
});
