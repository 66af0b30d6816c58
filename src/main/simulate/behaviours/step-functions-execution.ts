import type { ConfigOf } from '../../../shared/catalog/registry';
import { choiceRule } from '../../export/step-functions/choice';
import { UNSUPPORTED } from '../../export/step-functions/definition';
import { INTEGRATIONS } from '../../export/step-functions/integrations';
import { planItems, StateNames, type Item, type PlanTarget, type TaskItem } from '../../export/step-functions/plan';
import { STARTABLE_KINDS, type StartableKind } from '../../export/step-functions/targets';
import type { ControlTarget, NodeContext } from './types';

type Config = ConfigOf<'step-functions'>;
/** A started node as the export's planner sees it, with the simulator's view of it. */
type Target = PlanTarget & { readonly target: ControlTarget };
type Step = Item<Target>;

/** The export polls a crawl once a minute with three states (Wait, GetCrawler, Choice): definition.ts. */
export const CRAWL_POLL_SECONDS = 60;
const STATES_PER_CRAWL_POLL = 3;

/** One execution in progress: ended by its last state, a Succeed or Fail state, or its timeout. */
export interface Execution {
  readonly startedAt: number;
  over: boolean;
}

const isStartable = (t: ControlTarget): t is ControlTarget & { kind: StartableKind } => (STARTABLE_KINDS as readonly string[]).includes(t.kind);

/**
 * The machine an execution walks: the settings' states bound to the nodes the control edges start,
 * in the order the export writes the Amazon States Language (export/step-functions/plan.ts), so the
 * simulated workflow is the deployed one. Tasks the export leaves out are left out here too.
 */
export function executionPlan(config: Config, ctx: NodeContext): Step[] {
  const targets: Target[] = ctx.startTargets.filter(isStartable).map((t) => ({ kind: t.kind, node: { label: t.label }, logicalId: t.nodeId, target: t }));
  return planItems(config.states, targets, new StateNames(config.states.map((s) => s.name)), (text) => ctx.note(`${ctx.label}: ${text}`));
}

/** How a task waits for what it started: not at all, until the run reports its end, or by polling (crawlers). */
function waitOf(config: Config, item: TaskItem<Target>): 'no' | 'end' | 'poll' {
  const { kind } = item.target;
  // lambda:invoke calls the function synchronously: the state ends with the function's result.
  if (kind === 'lambda') return 'end';
  // Express workflows support only Request Response: they start jobs without waiting (developer guide).
  if (config.workflow.type === 'EXPRESS') return 'no';
  if (kind === 'glue-crawler') return 'poll';
  const integration = INTEGRATIONS[kind]!;
  const pattern = item.setting?.pattern ?? (integration.syncSuffix ? 'sync' : 'request-response');
  if (pattern === 'sync') return integration.syncSuffix ? 'end' : 'no';
  return pattern === 'wait-for-callback' && integration.callback ? 'end' : 'no';
}

/** Task states the export writes for an item: one per EMR step, none when it has no integration for it, else one. */
function taskStates(item: TaskItem<Target>): number {
  const integration = INTEGRATIONS[item.target.kind];
  const resource = item.setting?.resource ?? integration?.resource;
  if (!integration || !resource || UNSUPPORTED[resource]) return 0;
  return item.target.target.kind === 'emr-cluster' ? item.target.target.config.steps.length : 1;
}

/**
 * Walks `plan` for one execution: each state entered calls `transition` (one billed transition), Wait states
 * wait, tasks start their node through its control edge (ctx.start) and go on at once or when the run
 * ends (.sync, a synchronous Lambda invoke, a crawl seen finished by a poll), Parallel branches run
 * together and a Map runs its task once (its input items are not simulated). Calls `end` with
 * whether a Fail state was reached, unless the execution is over first (its timeout).
 */
export function walk(ctx: NodeContext, config: Config, plan: readonly Step[], execution: Execution, transition: () => void, end: (failed: boolean) => void): void {
  const alive = (then: () => void) => () => {
    if (!execution.over) then();
  };
  const enter = (count = 1) => {
    for (let i = 0; i < count; i++) transition();
  };

  const startTarget = (item: TaskItem<Target>, isLast: boolean, next: () => void): void => {
    const wait = waitOf(config, item);
    let finished = false;
    const started = ctx.start(item.target.logicalId, () => {
      finished = true;
      if (wait === 'end') alive(next)();
    });
    if (!started) ctx.note(`${ctx.label}: ${item.target.node.label} cannot be started in the simulator; its task goes on at once.`);
    if (!started || wait === 'no') return next();
    if (wait === 'poll') {
      const poll = alive(() => {
        enter(STATES_PER_CRAWL_POLL);
        if (!finished) return void ctx.schedule(ctx.now() + CRAWL_POLL_SECONDS, poll);
        // The export ends a workflow whose last task is a crawl with a Succeed state of its own.
        if (isLast) enter();
        next();
      });
      ctx.schedule(ctx.now() + CRAWL_POLL_SECONDS, poll);
    }
  };

  const runTask = (item: TaskItem<Target>, isLast: boolean, next: () => void): void => {
    const states = taskStates(item);
    if (states === 0) ctx.note(`${ctx.label}: the task "${item.name}" is left out of the exported workflow (see the export notes), so it is not simulated.`);
    // An EMR target's steps are one Task state each, run one after the other.
    const step = (i: number): void => {
      if (i === states) return next();
      enter();
      startTarget(item, isLast && i === states - 1, alive(() => step(i + 1)));
    };
    step(0);
  };

  const runItem = (item: Step, isLast: boolean, next: () => void): void => {
    switch (item.type) {
      case 'task':
        return runTask(item, isLast, next);
      case 'parallel':
      case 'map': {
        enter();
        if (item.type === 'map') ctx.note(`${ctx.label}: the Map state "${item.setting.name}" runs its task once per execution (the items of its input are not simulated).`);
        const tasks = item.type === 'map' ? [item.task] : item.tasks;
        let pending = tasks.length;
        for (const task of tasks) runTask(task, true, alive(() => --pending === 0 && next()));
        return;
      }
      case 'state':
        return runState(item.setting, next);
    }
  };

  const runState = (state: Extract<Step, { type: 'state' }>['setting'], next: () => void): void => {
    // The export leaves out a Choice it cannot write and a Parallel with no task after it (plan.ts, definition.ts).
    if (state.type === 'Parallel' || (state.type === 'Choice' && !choiceRule(state.condition))) return next();
    enter();
    if (state.type === 'Wait') return void ctx.schedule(ctx.now() + state.seconds, alive(next));
    if (state.type === 'Succeed' || state.type === 'Fail') return end(state.type === 'Fail');
    if (state.type === 'Choice') ctx.note(`${ctx.label}: the Choice state "${state.name}" is taken as met (its input is not simulated).`);
    next();
  };

  const runFrom = (i: number): void => {
    if (i === plan.length) return end(false);
    runItem(plan[i]!, i === plan.length - 1, alive(() => runFrom(i + 1)));
  };
  runFrom(0);
}
