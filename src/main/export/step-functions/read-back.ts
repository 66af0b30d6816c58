import { plainArray, plainNumber, plainObject, plainString, type Plain } from '../cloudformation/plain';
import { conditionOf } from './choice';
import { ADDED, readTaskArn, type TaskSetting } from './integrations';

/** A state as the settings describe it, before the kind's defaults fill what is missing. */
type StateRead = Record<string, unknown> & { type: string; name: string };

const sameRetrier = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The settings' retriers of a Task: its Retry without the service retrier the export puts first. */
function retriesOf(retry: readonly unknown[], serviceRetrier: unknown): TaskSetting['retry'] {
  const own = sameRetrier(retry[0], serviceRetrier) ? retry.slice(1) : retry;
  return own.flatMap((r) => {
    const p = plainObject(r);
    const errorEquals = plainArray(p?.ErrorEquals).filter((e): e is string => typeof e === 'string');
    if (!p || errorEquals.length === 0) return [];
    // The States Language defaults (interval 1 s, 3 attempts, ×2) for what a retrier leaves out.
    return [{ errorEquals, intervalSeconds: plainNumber(p.IntervalSeconds) ?? 1, maxAttempts: plainNumber(p.MaxAttempts) ?? 3, backoffRate: plainNumber(p.BackoffRate) ?? 2 }];
  });
}

/** The Task states of a Parallel's branches or a Map's item processor, flattened after their container. */
function nested(scope: Plain | undefined): StateRead[] {
  return scope ? readStates(scope) : [];
}

/**
 * A definition's states as settings, in the order the definition lists them (the order the export
 * writes them), skipping the states the export adds itself. Tasks of other integrations, and
 * anything not a plain value, are left for the importer to keep as they are.
 */
export function readStates(definition: Plain): StateRead[] {
  const states: StateRead[] = [];
  for (const [name, value] of Object.entries(plainObject(definition.States) ?? {})) {
    const state = plainObject(value);
    if (!state || plainString(state.Comment)?.startsWith(ADDED)) continue;
    switch (state.Type) {
      case 'Task': {
        const read = readTaskArn(plainString(state.Resource) ?? '');
        if (read) states.push({ type: 'Task', name, resource: read.integration.resource, pattern: read.pattern, retry: retriesOf(plainArray(state.Retry), read.integration.retry) });
        break;
      }
      case 'Parallel':
        states.push({ type: 'Parallel', name }, ...plainArray(state.Branches).flatMap((b) => nested(plainObject(b))));
        break;
      case 'Map':
        states.push({ type: 'Map', name, maxConcurrency: plainNumber(state.MaxConcurrency) ?? 0 }, ...nested(plainObject(state.ItemProcessor) ?? plainObject(state.Iterator)));
        break;
      case 'Choice': {
        const condition = conditionOf(plainArray(state.Choices)[0]);
        if (condition !== undefined) states.push({ type: 'Choice', name, condition });
        break;
      }
      case 'Wait': {
        const seconds = plainNumber(state.Seconds);
        if (seconds !== undefined) states.push({ type: 'Wait', name, seconds });
        break;
      }
      case 'Pass':
      case 'Succeed':
      case 'Fail':
        states.push({ type: state.Type, name });
        break;
    }
  }
  return states;
}
