import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Pipeline } from '../../shared/model/pipeline';
import { SimulationResultSchema, type SimulationResult } from '../../shared/model/simulation-result';
import type { WorkerInput, WorkerMessage } from './messages';

export interface RunSimulationOptions {
  onProgress?: (progress: { fraction: number; simulatedSeconds: number }) => void;
  /** Aborting terminates the worker at once and resolves `{ status: 'cancelled' }`. */
  signal?: AbortSignal;
  /** The bundled worker; defaults to simulate-worker.cjs next to this (bundled) module. */
  workerFile?: string;
}

export type RunSimulationOutcome = { status: 'completed'; result: SimulationResult } | { status: 'cancelled' };

/** Runs `simulate()` in a worker thread so that the main process stays responsive. */
export function runSimulationInWorker(pipeline: Pipeline, options: RunSimulationOptions = {}): Promise<RunSimulationOutcome> {
  const { onProgress, signal } = options;
  if (signal?.aborted) return Promise.resolve({ status: 'cancelled' });
  // At runtime this module is bundled to out/main/*.cjs (CommonJS), where __dirname is defined.
  const workerFile = options.workerFile ?? path.join(__dirname, 'simulate-worker.cjs');
  const input: WorkerInput = { pipeline };
  const worker = new Worker(workerFile, { workerData: input });

  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (finish: () => void): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      finish();
    };
    const onAbort = (): void => settle(() => resolve({ status: 'cancelled' }));
    signal?.addEventListener('abort', onAbort, { once: true });

    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') {
        if (!settled) onProgress?.({ fraction: message.fraction, simulatedSeconds: message.simulatedSeconds });
      } else if (message.type === 'error') {
        settle(() => reject(new Error(`Simulation failed: ${message.message}`)));
      } else {
        const parsed = SimulationResultSchema.safeParse(message.result);
        if (parsed.success) settle(() => resolve({ status: 'completed', result: parsed.data }));
        else settle(() => reject(new Error(`Simulation produced an invalid result: ${parsed.error.issues[0]?.message ?? ''}`)));
      }
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) => settle(() => reject(new Error(`Simulation worker exited with code ${code} before finishing`))));
  });
}
