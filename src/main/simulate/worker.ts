// Simulation worker entry (bundled as out/main/simulate-worker.cjs): runs one simulation off
// the main thread. Cancellation is the parent's worker.terminate(), immediate even mid-event-loop.
import { parentPort, workerData } from 'node:worker_threads';
import { PipelineSchema } from '../../shared/model/pipeline';
import { simulate } from './engine';
import type { WorkerInput, WorkerMessage } from './messages';

/** At most this often (wall clock) a progress message is posted: ~20 per second. */
const PROGRESS_INTERVAL_MS = 50;

function post(message: WorkerMessage): void {
  parentPort?.postMessage(message);
}

function run(): void {
  const parsed = PipelineSchema.safeParse((workerData as WorkerInput | undefined)?.pipeline);
  if (!parsed.success) return post({ type: 'error', message: `Invalid pipeline: ${parsed.error.issues[0]?.message ?? 'unknown problem'}` });
  let lastPost = 0;
  const result = simulate(parsed.data, {
    onProgress: (fraction, simulatedSeconds) => {
      const now = Date.now();
      if (fraction < 1 && now - lastPost < PROGRESS_INTERVAL_MS) return;
      lastPost = now;
      post({ type: 'progress', fraction, simulatedSeconds });
    },
  });
  if (result === 'stopped') return post({ type: 'error', message: 'The simulation stopped unexpectedly' });
  post({ type: 'done', result });
}

try {
  run();
} catch (error) {
  post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
}
