import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generatePipeline } from '../../../test/fixtures/generate';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/model/node-size';
import type { Pipeline } from '../../shared/model/pipeline';
import { TEMPLATES } from '../../shared/templates';
import { dispatch } from '../ipc/dispatch';
import { HANDLERS } from '../ipc/handlers';
import { testHandlerContext } from '../ipc/testing';
import { layeredPositions } from './elk-layered';
import type { LayoutEdge } from './layered-layout';
import { defaultLayoutWorkerFile, LayoutError, LayoutWorker } from './layout-worker-client';

// Built by vitest's globalSetup (scripts/build.mjs, node bundles).
const workerFile = path.resolve('out/main/layout-worker.cjs');

const graphOf = (pipeline: Pipeline): [string[], LayoutEdge[]] => [pipeline.nodes.map((n) => n.id), pipeline.edges.map(({ id, source, target }) => ({ id, source, target }))];
const template = (id: string) => TEMPLATES.find((t) => t.id === id)!.build();

/** A stand-in worker that exits with code 3 when asked to lay out a node called "crash", and puts every node at 0,0 otherwise. */
function crashingWorkerFile(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'pw-layout-worker-')), 'crashing-worker.cjs');
  writeFileSync(
    file,
    `const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ id, nodeIds }) => {
  if (nodeIds.includes('crash')) process.exit(3);
  parentPort.postMessage({ id, type: 'done', positions: nodeIds.map((n) => [n, { x: 0, y: 0 }]) });
});`,
  );
  return file;
}

const workers: LayoutWorker[] = [];
const started = (file = workerFile) => {
  const worker = new LayoutWorker(file);
  workers.push(worker);
  return worker;
};
afterAll(async () => {
  await Promise.all(workers.map((w) => w.close()));
});

describe('the layout worker', () => {
  it('is found beside the built bundles when main runs from sources', () => {
    expect(defaultLayoutWorkerFile()).toBe(workerFile);
  });

  it('answers with the layout ELK computes, and answers requests made at once each with its own', async () => {
    const worker = started();
    const [lake, stream] = [graphOf(template('data-lake')), graphOf(template('real-time-layer'))];
    const answers = await Promise.all([worker.layout(...lake), worker.layout(...stream)]);
    expect(answers).toEqual([await layeredPositions(...lake), await layeredPositions(...stream)]);
  });

  it("rejects with ELK's own message when ELK fails, and keeps answering", async () => {
    const worker = started();
    const failed = worker.layout([null as unknown as string], []);
    await expect(failed).rejects.toThrow(LayoutError);
    await expect(failed).rejects.toThrow(/^ELK could not lay out the pipeline: .*Id must be a string or an integer: 'null'/);
    expect(await worker.layout(['a', 'b'], [{ id: 'e', source: 'a', target: 'b' }])).toEqual(
      new Map([
        ['a', { x: 12, y: 12 }],
        ['b', { x: 12 + NODE_WIDTH + 60, y: 12 }],
      ]),
    );
  });

  it('fails the requests of a worker that dies, saying so, and starts a new worker for the next one', async () => {
    const worker = started(crashingWorkerFile());
    await expect(worker.layout(['crash'], [])).rejects.toThrow('the layout worker exited (code 3) before answering');
    expect(await worker.layout(['a'], [])).toEqual(new Map([['a', { x: 0, y: 0 }]]));
  });

  it('says so when the worker bundle is missing', async () => {
    await expect(started(path.join(tmpdir(), 'no-such-layout-worker.cjs')).layout(['a'], [])).rejects.toThrow(/^the layout worker stopped: Cannot find module/);
  });
});

describe('layout:auto', () => {
  it('lays out a large pipeline in the worker while main keeps answering other calls', { timeout: 90_000 }, async () => {
    const ctx = testHandlerContext();
    const large = generatePipeline(1_000, 1_500, 3);
    // How long main's event loop goes without running a timer while the layout runs: ELK on main's
    // thread would hold it for the whole layout.
    let last = performance.now();
    let longestGap = 0;
    const ticks = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
    }, 20);
    const startedAt = performance.now();
    let layoutDone = false;
    const layout = dispatch(HANDLERS, 'layout:auto', { pipeline: large }, ctx).finally(() => (layoutDone = true));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const asked = performance.now();
    const validated = await dispatch(HANDLERS, 'pipeline:validate', { pipeline: template('firehose-lab') }, ctx);
    const validateMs = performance.now() - asked;
    const answer = await layout;
    const layoutMs = performance.now() - startedAt;
    clearInterval(ticks);

    expect(validated.ok).toBe(true);
    expect(layoutMs).toBeGreaterThan(1_000); // long enough for a blocked event loop to show
    expect(validateMs).toBeLessThan(500);
    expect(longestGap).toBeLessThan(500);
    expect(answer.ok).toBe(true);
    const positions = (answer as { value: { positions: { id: string; x: number; y: number }[] } }).value.positions;
    expect(positions.map((p) => p.id).sort()).toEqual(large.nodes.map((n) => n.id).sort());
    // Sorted by x, a node can only overlap the ones after it that start less than a node's width to its right.
    const byX = [...positions].sort((a, b) => a.x - b.x);
    const overlaps = byX.flatMap((p, i) =>
      byX
        .slice(i + 1)
        .filter((q) => q.x < p.x + NODE_WIDTH && Math.abs(q.y - p.y) < NODE_HEIGHT)
        .map((q) => `${p.id}/${q.id}`),
    );
    expect(overlaps).toEqual([]);
    expect(layoutDone).toBe(true);
  });
});
