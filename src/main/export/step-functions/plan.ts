import { STEP_FUNCTIONS_LIMITS_TABLE as L } from '../../../shared/catalog/limits/step-functions';
import { KINDS } from '../../../shared/catalog/registry';
import { RESOURCE_KIND, type StateSetting, type TaskSetting } from './integrations';
import type { StartableKind, StartTarget } from './targets';

/** State names are unique in the whole machine, branches included, and at most 80 characters (States Language spec). */
export class StateNames {
  private readonly used: Set<string>;
  constructor(reserved: readonly string[]) {
    this.used = new Set(reserved);
  }
  claim(preferred: string): string {
    const max = L.stateNameMaxLength.value;
    const base = preferred.slice(0, max);
    let name = base;
    for (let n = 2; this.used.has(name); n++) name = `${base.slice(0, max - String(n).length - 1)} ${n}`;
    this.used.add(name);
    return name;
  }
}

/** What planning needs of a started node: the export's StartTarget, or the simulator's view of the same node. */
export interface PlanTarget {
  readonly kind: StartableKind;
  readonly node: { readonly label: string };
  readonly logicalId: string;
}

export type TaskItem<T extends PlanTarget = StartTarget> = { type: 'task'; name: string; target: T; setting?: TaskSetting };
/** One step of the machine's main line: a task, a Parallel or Map state around tasks, or a control state. */
export type Item<T extends PlanTarget = StartTarget> =
  | TaskItem<T>
  | { type: 'parallel'; name: string; tasks: TaskItem<T>[] }
  | { type: 'map'; setting: Extract<StateSetting, { type: 'Map' }>; task: TaskItem<T> }
  | { type: 'state'; setting: Exclude<StateSetting, { type: 'Task' | 'Map' }> };

/**
 * The settings' states in order, each Task bound to the first connected node of its kind not yet
 * bound. Connected nodes no Task names get a task of their own, placed by edge order among the
 * bound ones (before the first that was drawn later), and before the final Succeed or Fail. A
 * Parallel state runs the Task states that follow it, one branch each; a Map state runs the Task
 * state that follows it once per item of its input array.
 */
export function planItems<T extends PlanTarget>(states: readonly StateSetting[], targets: readonly T[], names: StateNames, note: (text: string) => void): Item<T>[] {
  const bound = new Map<TaskSetting, T>();
  for (const state of states) {
    if (state.type !== 'Task') continue;
    const kind = RESOURCE_KIND[state.resource];
    const target = targets.find((t) => t.kind === kind && ![...bound.values()].includes(t));
    if (target) bound.set(state, target);
    else note(`the task "${state.name}" (${state.resource}) has no ${KINDS[kind].title} connected to start; it is left out.`);
  }
  const pending = targets.filter((t) => ![...bound.values()].includes(t));
  const items: Item<T>[] = [];
  const flush = (before = Infinity) => {
    while (pending.length > 0 && targets.indexOf(pending[0]!) < before) {
      const target = pending.shift()!;
      items.push({ type: 'task', name: names.claim(target.node.label.trim() || target.logicalId), target });
    }
  };
  const push = (item: Item<T>, tasks: TaskItem<T>[]) => {
    flush(Math.min(...tasks.map((t) => targets.indexOf(t.target))));
    items.push(item);
  };
  const task = (state: StateSetting | undefined): TaskItem<T> | undefined => {
    const target = state?.type === 'Task' ? bound.get(state) : undefined;
    return target && state?.type === 'Task' ? { type: 'task', name: state.name, target, setting: state } : undefined;
  };
  for (let i = 0; i < states.length; i++) {
    const state = states[i]!;
    if (state.type === 'Task') {
      const item = task(state);
      if (item) push(item, [item]);
    } else if (state.type === 'Parallel') {
      const tasks: TaskItem<T>[] = [];
      while (states[i + 1]?.type === 'Task') {
        const item = task(states[++i]);
        if (item) tasks.push(item);
      }
      if (tasks.length > 0) push({ type: 'parallel', name: state.name, tasks }, tasks);
      else note(`the Parallel state "${state.name}" is followed by no task to run in parallel; it is left out.`);
    } else if (state.type === 'Map') {
      const item = states[i + 1]?.type === 'Task' ? task(states[++i]) : undefined;
      if (item) push({ type: 'map', setting: state, task: item }, [item]);
      else note(`the Map state "${state.name}" is followed by no task to run for each item; it is left out.`);
    } else if (state.type === 'Succeed' || state.type === 'Fail') {
      flush();
      items.push({ type: 'state', setting: state });
      const rest = states.slice(i + 1).map((s) => `"${s.name}"`);
      if (rest.length > 0) note(`${rest.join(', ')} come after the ${state.type} state "${state.name}", so they never run; left out.`);
      return items;
    } else {
      items.push({ type: 'state', setting: state });
    }
  }
  flush();
  return items;
}
