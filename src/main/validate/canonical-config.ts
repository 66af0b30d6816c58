import type { z } from 'zod';

/**
 * Whether zod would parse `value` with `schema` into an equal value: every setting present, valid,
 * and nothing to strip or default. Settings saved by the app are nearly always like that, and then
 * the value itself can stand for the parse result: no copy is made, which is most of what parsing
 * costs on a large pipeline (one copy per node, and the garbage it leaves). Anything else (a missing
 * or unknown key, an invalid value, a schema shape this walk does not know) answers false, and the
 * caller parses with zod as usual, so results and messages stay zod's. Leaves and refinements are
 * checked by zod's own code; only the containers (objects, arrays, defaults, optionals, tagged
 * unions) are walked here.
 */
export function isCanonical(schema: z.ZodType, value: unknown): boolean {
  return canonical(schema as unknown as Schema, value);
}

/** The parts of zod 4's internal schema representation the walk reads. */
interface Schema {
  _zod: {
    def: {
      type: string;
      shape?: Record<string, Schema>;
      catchall?: Schema;
      element?: Schema;
      innerType?: Schema;
      options?: Schema[];
      discriminator?: string;
      checks?: Check[];
    };
    values?: ReadonlySet<unknown>;
    run(payload: Payload, ctx: { async: false }): Payload;
  };
}

interface Check {
  _zod: { def: { when?: (payload: Payload) => boolean }; check(payload: Payload): unknown };
}

interface Payload {
  value: unknown;
  issues: unknown[];
}

const CTX = { async: false } as const;

/** Runs a container's own refinements (e.g. an object's superRefine) the way zod does once its members are valid. */
function checksPass(checks: readonly Check[] | undefined, value: unknown): boolean {
  if (!checks || checks.length === 0) return true;
  const payload: Payload = { value, issues: [] };
  for (const check of checks) {
    const when = check._zod.def.when;
    if (when && !when(payload)) continue;
    // An async refinement returns a promise: leave those to zod.
    if (check._zod.check(payload) instanceof Promise) return false;
    if (payload.issues.length > 0) return false;
  }
  return true;
}

function canonical(schema: Schema, value: unknown): boolean {
  const def = schema._zod.def;
  switch (def.type) {
    case 'object': {
      if (def.catchall !== undefined || typeof value !== 'object' || value === null || Array.isArray(value)) return false;
      const shape = def.shape!;
      const record = value as Record<string, unknown>;
      // An unknown key would be stripped: the parse result would differ.
      for (const key in record) if (!Object.hasOwn(shape, key)) return false;
      for (const key in shape) {
        const member = shape[key]!;
        if (!Object.hasOwn(record, key)) {
          if (member._zod.def.type !== 'optional') return false;
          continue;
        }
        if (!canonical(member, record[key])) return false;
      }
      return checksPass(def.checks, value);
    }
    case 'array': {
      if (!Array.isArray(value)) return false;
      for (const item of value) if (!canonical(def.element!, item)) return false;
      return checksPass(def.checks, value);
    }
    case 'default':
    case 'prefault':
      return value !== undefined && canonical(def.innerType!, value) && checksPass(def.checks, value);
    case 'optional':
      return (value === undefined || canonical(def.innerType!, value)) && checksPass(def.checks, value);
    case 'nullable':
      return (value === null || canonical(def.innerType!, value)) && checksPass(def.checks, value);
    case 'union': {
      // Only tagged unions: zod picks the option by its tag, so there is one option to walk.
      if (def.discriminator === undefined || typeof value !== 'object' || value === null) return false;
      const tag = (value as Record<string, unknown>)[def.discriminator];
      const option = def.options!.find((o) => o._zod.def.shape?.[def.discriminator!]?._zod.values?.has(tag));
      return option !== undefined && canonical(option, value) && checksPass(def.checks, value);
    }
    case 'string':
    case 'number':
    case 'boolean':
    case 'enum':
    case 'literal': {
      // Leaves: zod's own parse and checks; a leaf that would change the value (a coercion) is not canonical.
      const payload = schema._zod.run({ value, issues: [] }, CTX);
      return !(payload instanceof Promise) && payload.issues.length === 0 && Object.is(payload.value, value);
    }
    default:
      return false;
  }
}
