import { usageOf } from './batch-runs';
import { scheduleTimes } from './cron';
import type { Behaviour } from './types';
import { refuse } from './types';

/**
 * AWS Glue crawler: carries no records; it runs on its cron schedule (cron.ts) and each time a
 * control edge starts it (both, as in AWS), each run counted in the node's usage and as a 'job-run'
 * event. Modelling choices: a run's duration and DPUs are not in its settings or the reference data
 * (nor is its billed minimum, which the reference gives as 1 or 10 minutes), so no DPU-seconds are
 * recorded, the cost stays unknown, and a crawl ends as it starts (a workflow polling it sees it
 * finished at its first poll).
 */
export const glueCrawlerBehaviour: Behaviour<'glue-crawler'> = {
  create(config, ctx) {
    const run = (): void => {
      usageOf(ctx).runs++;
      ctx.event('job-run', `${ctx.label}: a crawl starts.`);
    };
    return {
      start() {
        if (config.schedule.mode === 'cron') for (const t of scheduleTimes(ctx, config.schedule.expression) ?? []) ctx.schedule(t, run);
        else if (ctx.startedBy.length === 0) ctx.note(`${ctx.label}: on demand and no control edge starts it, so it does not run.`);
      },
      onStart(done) {
        run();
        done();
      },
      receive: (delivery) => refuse(ctx, delivery, 'records (it carries no data)'),
    };
  },
};
