import { GLUE_LIMITS_TABLE as L } from '../../../shared/catalog/limits/glue-etl';
import type { ConfigOf } from '../../../shared/catalog/registry';
import { glueBilledSeconds } from '../cost/requests';
import { createBatchRuns, usageOf } from './batch-runs';
import { scheduleTimes } from './cron';
import type { Behaviour, NodeContext } from './types';

const WORKER_DPU = { 'G.1X': L.dpuG1X, 'G.2X': L.dpuG2X, 'G.4X': L.dpuG4X, 'G.8X': L.dpuG8X, 'G.12X': L.dpuG12X, 'G.16X': L.dpuG16X } as const;

/** DPUs of a run: workers × DPU per worker (with auto scaling, the ceiling: an upper bound on cost), or the Glue 1.0 capacity. */
export function glueJobDpus(capacity: ConfigOf<'glue-etl-job'>['capacity']): number {
  return capacity.mode === 'workers' ? capacity.numberOfWorkers * WORKER_DPU[capacity.workerType].value : capacity.maxCapacityDpus;
}

/** Counts one run of `dpus` for `seconds` in the node's usage (for the cost model) and as a 'job-run' event. */
export function recordJobRun(ctx: NodeContext, dpus: number, seconds: number): void {
  const usage = usageOf(ctx);
  usage.runs++;
  usage.dpuSeconds += dpus * seconds;
  usage.billedDpuSeconds += dpus * glueBilledSeconds(seconds);
  ctx.event('job-run', `${ctx.label}: a run starts (${dpus} DPU for ${seconds} s).`);
}

/**
 * AWS Glue ETL job, run on its scheduled trigger (cron, UTC; see cron.ts for the fields honoured)
 * and each time a control edge starts it (a schedule's glue:StartJobRun, a Step Functions task):
 * both start runs in AWS, independently. Runs take and write their input as batch-runs.ts describes.
 * Modelling choices:
 * - Run time is the job's "Run time (simulation)" setting, capped by its timeout: the reference data
 *   gives no throughput per DPU, so the run time does not grow with the data volume.
 * - On-demand: only control edges start it. Conditional triggers (watching other jobs or crawlers by
 *   name) are not simulated: such a job too runs only when a control edge starts it.
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
        if (config.trigger.type === 'conditional') ctx.note(`${ctx.label}: its conditional trigger (watched job and crawler runs) is not simulated; it runs only when a control edge starts it.`);
        if (config.trigger.type === 'scheduled') {
          const times = scheduleTimes(ctx, config.trigger.cron);
          if (times) runs.scheduleRuns(times);
        } else if (ctx.startedBy.length === 0) {
          ctx.note(`${ctx.label}: ${config.trigger.type} trigger and no control edge starts it, so the job does not run; its input stays buffered.`);
        }
      },
      onStart: runs.runNow,
      receive: runs.receive,
      finish: runs.finish,
    };
  },
};
