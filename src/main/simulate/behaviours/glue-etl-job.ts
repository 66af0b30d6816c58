import { GLUE_LIMITS_TABLE as L } from '../../../shared/catalog/limits/glue-etl';
import type { ConfigOf } from '../../../shared/catalog/registry';
import { glueBilledSeconds } from '../cost/requests';
import { createBatchRuns } from './batch-runs';
import { scheduleTimes } from './cron';
import type { Behaviour, NodeContext } from './types';

const WORKER_DPU = { 'G.1X': L.dpuG1X, 'G.2X': L.dpuG2X, 'G.4X': L.dpuG4X, 'G.8X': L.dpuG8X, 'G.12X': L.dpuG12X, 'G.16X': L.dpuG16X } as const;

/** DPUs of a run: workers × DPU per worker (with auto scaling, the ceiling: an upper bound on cost), or the Glue 1.0 capacity. */
export function glueJobDpus(capacity: ConfigOf<'glue-etl-job'>['capacity']): number {
  return capacity.mode === 'workers' ? capacity.numberOfWorkers * WORKER_DPU[capacity.workerType].value : capacity.maxCapacityDpus;
}

/** Counts one run of `dpus` for `seconds` in the node's usage (for the cost model) and as a 'job-run' event. */
export function recordJobRun(ctx: NodeContext, dpus: number, seconds: number): void {
  const usage = (ctx.stats.usage ??= { runs: 0, dpuSeconds: 0, billedDpuSeconds: 0, executions: 0, stateTransitions: 0 });
  usage.runs++;
  usage.dpuSeconds += dpus * seconds;
  usage.billedDpuSeconds += dpus * glueBilledSeconds(seconds);
  ctx.event('job-run', `${ctx.label}: first run starts (${dpus} DPU for ${seconds} s).`);
}

/**
 * AWS Glue ETL job, run on its scheduled trigger (cron, UTC; see cron.ts for the fields honoured);
 * runs take and write their input as batch-runs.ts describes.
 * Modelling choices:
 * - Run time is the job's "Run time (simulation)" setting, capped by its timeout: the reference data
 *   gives no throughput per DPU, so the run time does not grow with the data volume.
 * - On-demand and conditional triggers: the engine does not deliver control signals (Step Functions,
 *   schedules, watched jobs) yet, so such a job does not run; its input stays buffered.
 * - Runs that overlap (a run longer than the schedule's interval) all run; Glue's concurrent-run
 *   limit is not in the reference data.
 */
export const glueEtlJobBehaviour: Behaviour<'glue-etl-job'> = {
  create(config, ctx) {
    const dpus = glueJobDpus(config.capacity);
    const seconds = Math.min(config.runMinutes, config.timeoutMinutes) * 60;
    const runs = createBatchRuns(ctx, () => seconds, () => recordJobRun(ctx, dpus, seconds));
    return {
      start() {
        if (config.trigger.type !== 'scheduled') {
          ctx.note(`${ctx.label}: ${config.trigger.type} trigger: control signals are not delivered yet, so the job does not run; its input stays buffered.`);
          return;
        }
        const times = scheduleTimes(ctx, config.trigger.cron);
        if (times) runs.scheduleRuns(times);
      },
      receive: runs.receive,
      finish: runs.finish,
    };
  },
};
