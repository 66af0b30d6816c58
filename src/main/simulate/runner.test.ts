import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulate } from './engine';
import { runSimulationInWorker } from './runner';
import { producerFirehoseS3 } from '../../../test/fixtures/pipelines';

// Built by vitest's globalSetup (scripts/build.mjs, node bundles).
const workerFile = path.resolve('out/main/simulate-worker.cjs');

describe('runSimulationInWorker', () => {
  it('completes with the same result as simulate() in-process, reporting progress', async () => {
    const pipeline = producerFirehoseS3({ recordsPerSecond: 200, recordSizeSpreadPercent: 10 }, {}, { durationSeconds: 86_400, seed: 42 });
    const progress: number[] = [];
    const outcome = await runSimulationInWorker(pipeline, { workerFile, onProgress: (p) => progress.push(p.fraction) });
    expect(outcome.status).toBe('completed');
    expect(outcome).toEqual({ status: 'completed', result: simulate(pipeline) });
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toBe(1);
  });

  it('resolves "cancelled" quickly when aborted mid-run', async () => {
    const pipeline = producerFirehoseS3({ recordsPerSecond: 10_000 }, {}, { durationSeconds: 30 * 86_400, resolutionSeconds: 0.001 });
    const controller = new AbortController();
    let abortedAt = 0;
    const outcome = await runSimulationInWorker(pipeline, {
      workerFile,
      signal: controller.signal,
      onProgress: () => {
        if (abortedAt) return;
        abortedAt = performance.now();
        controller.abort();
      },
    });
    expect(outcome).toEqual({ status: 'cancelled' });
    expect(abortedAt).toBeGreaterThan(0);
    expect(performance.now() - abortedAt).toBeLessThan(500);
  });

  it('resolves "cancelled" at once for an already aborted signal', async () => {
    const outcome = await runSimulationInWorker(producerFirehoseS3({}, {}, {}), { workerFile, signal: AbortSignal.abort() });
    expect(outcome).toEqual({ status: 'cancelled' });
  });

  it('rejects with the worker message for an invalid pipeline', async () => {
    const broken = { ...producerFirehoseS3({}, {}, {}), format: 'nope' } as unknown as Parameters<typeof simulate>[0];
    await expect(runSimulationInWorker(broken, { workerFile })).rejects.toThrow(/Invalid pipeline/);
  });
});
