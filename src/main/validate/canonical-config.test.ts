import { describe, expect, it } from 'vitest';
import { defaultConfig, KIND_IDS, KINDS, type KindId } from '../../shared/catalog/registry';
import { TEMPLATES } from '../../shared/templates';
import { isCanonical } from './canonical-config';

/** Every path to a value inside a JSON value, arrays included. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((key) => paths((value as Record<string | number, unknown>)[key], [...prefix, key]))];
}

/** A copy of `config` with the value at `path` replaced (or deleted when `replacement` is DELETE). */
const DELETE = Symbol('delete');
function mutate(config: unknown, path: (string | number)[], replacement: unknown): unknown {
  const copy = structuredClone(config) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (replacement === DELETE) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else parent[last] = replacement;
  return copy;
}

/** Values that break or bend each setting: wrong types, out-of-range numbers, empty strings, unknown keys. */
function variants(config: Record<string, unknown>): unknown[] {
  const out: unknown[] = [{ ...config, unknownSetting: 1 }];
  for (const path of paths(config)) {
    if (path.length === 0) continue;
    for (const replacement of [DELETE, null, 'text', '', -1, 0, 1e12, 1.5, true, [], {}, { unknown: 1 }]) out.push(mutate(config, path, replacement));
  }
  return out;
}

/** The invariant: whenever the fast check says "canonical", zod parses the value into an equal one. */
function expectAgreesWithZod(kind: KindId, value: unknown) {
  if (!isCanonical(KINDS[kind].config, value)) return false;
  const parsed = KINDS[kind].config.safeParse(value);
  expect(parsed.success, `${kind}: ${JSON.stringify(value)}`).toBe(true);
  expect(parsed.data, `${kind}: ${JSON.stringify(value)}`).toEqual(value);
  return true;
}

describe('isCanonical', () => {
  it('accepts the default settings of every kind and every node of every reference template', () => {
    for (const kind of KIND_IDS) expect(expectAgreesWithZod(kind, defaultConfig(kind)), kind).toBe(true);
    for (const template of TEMPLATES) {
      for (const node of template.build().nodes) expect(expectAgreesWithZod(node.kind as KindId, node.config), `${template.id} ${node.id}`).toBe(true);
    }
  });

  it('never accepts settings that zod would refuse, default, strip or change, for any kind', () => {
    let refused = 0;
    let checked = 0;
    for (const kind of KIND_IDS) {
      const configs = [defaultConfig(kind), ...TEMPLATES.flatMap((t) => t.build().nodes.filter((n) => n.kind === kind).map((n) => n.config))];
      for (const config of configs) {
        for (const variant of variants(config)) {
          checked++;
          if (!expectAgreesWithZod(kind, variant)) refused++;
        }
      }
    }
    // Most variants are invalid or need zod to fill in or strip something: the check must have said no to them.
    expect(checked).toBeGreaterThan(5_000);
    expect(refused).toBeGreaterThan(checked / 2);
  });

  it('refuses values zod repairs: a missing setting gets its default, an unknown one is stripped', () => {
    const config = defaultConfig('s3-bucket');
    const { versioning: _dropped, ...missing } = config;
    expect(isCanonical(KINDS['s3-bucket'].config, missing)).toBe(false);
    expect(isCanonical(KINDS['s3-bucket'].config, { ...config, extra: true })).toBe(false);
    expect(isCanonical(KINDS['s3-bucket'].config, { ...config, bucketName: 'Not_A_Bucket' })).toBe(false);
  });
});
