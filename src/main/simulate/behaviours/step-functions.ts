import { STEP_FUNCTIONS_LIMITS_TABLE as L } from '../../../shared/catalog/limits/step-functions';
import { usageOf } from './batch-runs';
import { executionPlan, walk, type Execution } from './step-functions-execution';
import type { Behaviour } from './types';
import { refuse } from './types';

/**
 * AWS Step Functions state machine: carries no records. Each time a control edge starts it (a
 * schedule, a parent workflow) an execution walks its states (step-functions-execution.ts, in the
 * exported definition's order), counting one billed state transition per state entered, starting the
 * nodes its tasks name and waiting for those it waits for (.sync), and reports its end to whoever
 * started it (a parent's .sync task). Each execution is an 'execution-start' event.
 * Timeout: an execution still running after its timeout setting, at most the workflow type's maximum
 * duration (Express 5 minutes, Standard 1 year; reference table), fails with States.Timeout: an
 * 'execution-failed' event; the jobs it started run on. A Fail state also fails it.
 * Modelling choices: tasks do not fail, so Retry and Catch never run (each retry would be a billed
 * transition); Choice conditions are taken as met; a Map runs its task once; starts are instantaneous.
 */
export const stepFunctionsBehaviour: Behaviour<'step-functions'> = {
  create(config, ctx) {
    const maximum = config.workflow.type === 'EXPRESS' ? L.expressMaxDurationSeconds : L.standardMaxDurationSeconds;
    const timeout = Math.min(config.workflow.timeoutSeconds, maximum.value);
    const plan = executionPlan(config, ctx);
    let started = 0;
    let failed = 0;

    const execute = (done: () => void): void => {
      const usage = usageOf(ctx);
      usage.executions++;
      const number = ++started;
      const execution: Execution = { startedAt: ctx.now(), over: false };
      ctx.event('execution-start', `${ctx.label}: execution ${number} starts.`);
      const end = (failure?: string): void => {
        if (execution.over) return;
        execution.over = true;
        if (failure !== undefined) {
          failed++;
          ctx.event('execution-failed', `${ctx.label}: execution ${number} fails after ${ctx.now() - execution.startedAt} s: ${failure}.`);
        }
        done();
      };
      ctx.schedule(ctx.now() + timeout, () =>
        end(`States.Timeout, over its ${timeout} s timeout (${config.workflow.type === 'EXPRESS' ? `Express workflows run at most ${maximum.value} s` : 'its timeout setting'})`),
      );
      walk(
        ctx,
        config,
        plan,
        execution,
        () => usage.stateTransitions++,
        (failState) => end(failState ? 'it reached a Fail state' : undefined),
      );
    };

    return {
      start() {
        usageOf(ctx);
        if (ctx.startedBy.length === 0) ctx.note(`${ctx.label}: no control edge starts it (a schedule or a parent workflow), so it runs no executions.`);
      },
      onStart: execute,
      receive: (delivery) => refuse(ctx, delivery, 'records (it carries no data)'),
      finish() {
        if (started === 0) return;
        const usage = usageOf(ctx);
        ctx.note(`${ctx.label}: ${started} executions, ${usage.stateTransitions} state transitions${failed > 0 ? `, ${failed} failed` : ''}.`);
        if (failed > 0 && config.workflow.type === 'EXPRESS') ctx.note(`${ctx.label}: Express executions run at most ${maximum.value} s (${maximum.source}); use a Standard workflow for longer work.`);
      },
    };
  },
};
