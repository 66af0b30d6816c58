import type { KindId } from '../../../shared/catalog/registry';
import { createBatchRuns } from './batch-runs';
import type { Behaviour } from './types';

/**
 * Jobs that only run when something starts them (AWS Batch jobs, EMR steps: their settings have
 * no schedule; Step Functions or a schedule submits them through a control edge). The engine does
 * not deliver control signals yet, so they never run: what reaches them waits, counted as buffered,
 * and the notes say why. Once control signals arrive, a start becomes createBatchRuns' run.
 */
export function startedJob<K extends KindId>(what: string): Behaviour<K> {
  return {
    create(_config, ctx) {
      const runs = createBatchRuns(ctx, () => 0, () => undefined);
      return {
        start: () => ctx.note(`${ctx.label}: ${what} run only when started through a control edge, which is not simulated yet; its input stays buffered.`),
        receive: runs.receive,
        finish: runs.finish,
      };
    },
  };
}
