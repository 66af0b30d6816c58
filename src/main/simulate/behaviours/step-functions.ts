import type { ConfigOf } from '../../../shared/catalog/registry';
import type { Behaviour } from './types';
import { refuse } from './types';

/**
 * State transitions billed for one execution (Standard): one per state entered. Modelling choice:
 * the states run once each in the order listed, so this is the count of a straight run; retries
 * (each a billed transition, reference table) only happen on failures, which are not simulated, and
 * the inner states of Map and Parallel branches are not in the settings: a lower bound.
 */
export const transitionsPerExecution = (config: ConfigOf<'step-functions'>): number => config.states.length;

/**
 * AWS Step Functions state machine: carries no records. Executions would start from control edges
 * (a schedule, a parent workflow), which the engine does not deliver yet: the run records none,
 * and says so. The usage fields (executions, transitions) feed cost/requests.ts once it does.
 */
export const stepFunctionsBehaviour: Behaviour<'step-functions'> = {
  create(config, ctx) {
    return {
      start() {
        ctx.stats.usage = { runs: 0, dpuSeconds: 0, billedDpuSeconds: 0, executions: 0, stateTransitions: 0 };
        ctx.note(`${ctx.label}: executions start from control edges, which are not simulated yet; each would take ${transitionsPerExecution(config)} state transitions.`);
      },
      receive: (delivery) => refuse(ctx, delivery, 'records (it carries no data)'),
    };
  },
};
