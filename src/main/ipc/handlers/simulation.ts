import { runSimulationInWorker } from '../../simulate/runner';
import type { HandlerGroup } from '../types';
import { UserFacingError } from '../types';

/** Runs in progress, by the id the renderer chose, so that a cancel can reach them. */
const running = new Map<string, AbortController>();

export const simulationHandlers: HandlerGroup<'simulation:run' | 'simulation:cancel'> = {
  'simulation:run': async ({ runId, pipeline }, ctx) => {
    if (running.has(runId)) throw new UserFacingError(`A simulation with id ${runId} is already running`);
    const controller = new AbortController();
    running.set(runId, controller);
    try {
      return await runSimulationInWorker(pipeline, {
        signal: controller.signal,
        onProgress: ({ fraction, simulatedSeconds }) => ctx.emit('simulation:progress', { runId, fraction, simulatedSeconds }),
      });
    } finally {
      running.delete(runId);
    }
  },
  'simulation:cancel': async ({ runId }) => {
    const controller = running.get(runId);
    controller?.abort();
    return { cancelled: controller !== undefined };
  },
};
