import type { Pipeline } from '../../shared/model/pipeline';
import type { SimulationResult } from '../../shared/model/simulation-result';

/** What the runner hands the simulation worker (as `workerData`). */
export interface WorkerInput {
  pipeline: Pipeline;
}

/** What the simulation worker posts back to the runner. */
export type WorkerMessage =
  | { type: 'progress'; fraction: number; simulatedSeconds: number }
  | { type: 'done'; result: SimulationResult }
  | { type: 'error'; message: string };
