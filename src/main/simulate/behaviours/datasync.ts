import { DATASYNC_LIMITS_TABLE as L } from '../../../shared/catalog/limits/datasync';
import { createBatchRuns } from './batch-runs';
import { scheduleTimes } from './cron';
import type { Behaviour } from './types';

/**
 * AWS DataSync task: each execution (on its schedule, and each time a control edge starts it) copies the files received since the previous one
 * (transfer mode "changed"; batch-runs.ts) at the task's throughput, then writes them to its targets.
 * Throughput = the bandwidth limit if set, else the per-task maximum (reference table): an upper bound,
 * since the agent's network and the storage usually allow less. Verification and task queueing
 * (an execution waits while the previous one runs) are not modelled.
 */
export const datasyncBehaviour: Behaviour<'datasync'> = {
  create(config, ctx) {
    const maxBitsPerSecond = L.taskThroughputMaxGbps.value * 1e9;
    const bitsPerSecond = config.bandwidthLimitMbps > 0 ? Math.min(config.bandwidthLimitMbps * 1e6, maxBitsPerSecond) : maxBitsPerSecond;
    const runs = createBatchRuns(
      ctx,
      (batch) => (batch.bytes * 8) / bitsPerSecond,
      (batch, seconds) => ctx.event('job-run', `${ctx.label}: an execution copies ${batch.bytes} bytes in ${seconds.toFixed(1)} s.`),
    );
    return {
      start() {
        if (config.schedule.trim() !== '') runs.scheduleRuns(scheduleTimes(ctx, config.schedule) ?? []);
        else if (ctx.startedBy.length === 0) ctx.note(`${ctx.label}: no schedule and no control edge starts it: the task does not run; its input stays buffered.`);
      },
      onStart: runs.runNow,
      receive: runs.receive,
      finish: runs.finish,
    };
  },
};
