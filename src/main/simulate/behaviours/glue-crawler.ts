import { scheduleTimes } from './cron';
import type { Behaviour } from './types';
import { refuse } from './types';

/**
 * AWS Glue crawler: carries no records; it runs on its cron schedule (cron.ts) and each run is
 * counted in the node's usage and as a 'job-run' event. Modelling choices: a run's duration and
 * DPUs are not in its settings or the reference data (nor is its billed minimum, which the
 * reference gives as 1 or 10 minutes), so no DPU-seconds are recorded and the cost stays unknown.
 * On-demand crawlers would start from control edges, which the engine does not deliver yet.
 */
export const glueCrawlerBehaviour: Behaviour<'glue-crawler'> = {
  create(config, ctx) {
    const run = (): void => {
      const usage = (ctx.stats.usage ??= { runs: 0, dpuSeconds: 0, billedDpuSeconds: 0, executions: 0, stateTransitions: 0 });
      usage.runs++;
      ctx.event('job-run', `${ctx.label}: first crawl starts.`);
    };
    return {
      start() {
        if (config.schedule.mode !== 'cron') return ctx.note(`${ctx.label}: on demand: control signals are not delivered yet, so it does not run.`);
        for (const t of scheduleTimes(ctx, config.schedule.expression) ?? []) ctx.schedule(t, run);
      },
      receive: (delivery) => refuse(ctx, delivery, 'records (it carries no data)'),
    };
  },
};
