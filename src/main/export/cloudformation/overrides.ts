import type { CfnPatchRecord } from '../../../shared/model/cloudformation';
import { isIntrinsic, isPlainObject, sameValue } from './template-refs';

type Patch = Pick<CfnPatchRecord, 'set' | 'unset'>;

/**
 * Where `original` differs from `generated`, at the deepest property path where it does: plain
 * objects are compared key by key; arrays, intrinsic functions and scalars are compared whole.
 * Applying the result to `generated` gives `original` back (`applyPatch`).
 */
export function diffValues(generated: unknown, original: unknown, path: string[] = [], patch: Patch = { set: [], unset: [] }): Patch {
  if (sameValue(generated, original)) return patch;
  const comparable = (value: unknown) => isPlainObject(value) && !isIntrinsic(value);
  if (path.length > 0 && !(comparable(generated) && comparable(original))) {
    patch.set.push({ path, value: original });
    return patch;
  }
  const g = generated as Record<string, unknown>;
  const o = original as Record<string, unknown>;
  for (const key of Object.keys(g)) if (!Object.hasOwn(o, key)) patch.unset.push([...path, key]);
  for (const key of Object.keys(o)) {
    if (Object.hasOwn(g, key)) diffValues(g[key], o[key], [...path, key], patch);
    else patch.set.push({ path: [...path, key], value: o[key] });
  }
  return patch;
}

/** A deep copy of a template value (plain data). */
export const copyValue = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

/**
 * `resource` with the patch applied: unset paths removed, then set paths given their recorded value
 * (missing or non-object parents become objects). The input is not changed.
 */
export function applyPatch<T extends Record<string, unknown>>(resource: T, patch: Patch): T {
  const out = copyValue(resource) as Record<string, unknown>;
  for (const path of patch.unset) {
    const parent = walk(out, path.slice(0, -1), false);
    if (parent) delete parent[path.at(-1)!];
  }
  for (const { path, value } of patch.set) {
    const parent = walk(out, path.slice(0, -1), true)!;
    parent[path.at(-1)!] = copyValue(value);
  }
  return out as T;
}

function walk(root: Record<string, unknown>, path: readonly string[], create: boolean): Record<string, unknown> | undefined {
  let at = root;
  for (const key of path) {
    const next = at[key];
    if (isPlainObject(next) && !isIntrinsic(next)) at = next;
    else if (create) at = at[key] = {};
    else return undefined;
  }
  return at;
}
