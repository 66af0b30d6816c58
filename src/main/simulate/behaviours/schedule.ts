import { scheduleTimes } from './cron';
import type { Behaviour } from './types';
import { refuse } from './types';

/**
 * Amazon EventBridge schedule: at each fire time of its rate() or cron() expression (cron.ts: a
 * rate fires first at 0; cron is read in UTC from midnight) it starts every node its control edges
 * lead to, in edge order, and does not wait for them. Delivery always succeeds at the first attempt
 * (its retry settings never come into play). A disabled schedule starts nothing; one-time at()
 * schedules are not simulated.
 */
export const scheduleBehaviour: Behaviour<'schedule'> = {
  create(config, ctx) {
    const fire = (): void => {
      for (const target of ctx.startTargets) {
        if (!ctx.start(target.nodeId, () => undefined)) ctx.note(`${ctx.label}: ${target.label} cannot be started in the simulator; the schedule's starts of it are ignored.`);
      }
    };
    return {
      start() {
        if (!config.enabled) return ctx.note(`${ctx.label}: disabled, so it starts nothing.`);
        if (ctx.startTargets.length === 0) return ctx.note(`${ctx.label}: no control edge, so it starts nothing.`);
        if (config.expression.startsWith('at(')) return ctx.note(`${ctx.label}: one-time at() schedules are not simulated; it starts nothing.`);
        for (const t of scheduleTimes(ctx, config.expression) ?? []) ctx.schedule(t, fire);
      },
      receive: (delivery) => refuse(ctx, delivery, 'records (it carries no data)'),
    };
  },
};
