import type { z } from 'zod';

/**
 * Whether zod would parse `value` with `schema` into an equal value: every setting present, valid,
 * and nothing to strip or default. Settings saved by the app are nearly always like that, and then
 * the value itself can stand for the parse result: no copy is made, which is most of what parsing
 * costs on a large pipeline (one copy per node, and the garbage it leaves). Anything else (a missing
 * or unknown key, an invalid value, a schema shape this walk does not know) answers false, and the
 * caller parses with zod as usual, so results and messages stay zod's. Every check and refinement
 * is zod's own code; the type tests of containers (objects, arrays, defaults, optionals, tagged
 * unions) and leaves (strings, numbers, booleans, enums) are repeated here as zod defines them.
 */
export function isCanonical(schema: z.ZodType, value: unknown): boolean {
  return checkerOf(schema as unknown as Schema)(value);
}

type Checker = (value: unknown) => boolean;

/** One checker per schema, built on first use: the walk then costs a few comparisons per setting. */
const CHECKERS = new WeakMap<Schema, Checker>();

function checkerOf(schema: Schema): Checker {
  let checker = CHECKERS.get(schema);
  if (!checker) {
    checker = compile(schema);
    CHECKERS.set(schema, checker);
  }
  return checker;
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
      coerce?: boolean;
    };
    values?: ReadonlySet<unknown>;
    traits: ReadonlySet<string>;
  };
}

interface Check {
  _zod: { def: { when?: (payload: Payload) => boolean }; check(payload: Payload): unknown; traits: ReadonlySet<string> };
}

interface Payload {
  value: unknown;
  issues: unknown[];
}

/**
 * One payload for every check: checks only read the value and push issues, and the walk is
 * synchronous, so reusing it saves two allocations per setting.
 */
const PAYLOAD: Payload = { value: undefined, issues: [] };

/**
 * Runs zod's checks on a value the way zod's runChecks does for a valid value: true when none
 * reports an issue and none rewrites the value (`.trim()` and the like are checks that do).
 */
function checksPass(checks: readonly Check[] | undefined, value: unknown): boolean {
  if (!checks || checks.length === 0) return true;
  PAYLOAD.value = value;
  PAYLOAD.issues.length = 0;
  for (const check of checks) {
    const when = check._zod.def.when;
    if (when && !when(PAYLOAD)) continue;
    // An async refinement returns a promise: leave those to zod.
    if (check._zod.check(PAYLOAD) instanceof Promise) return false;
    if (PAYLOAD.issues.length > 0) return false;
  }
  return Object.is(PAYLOAD.value, value);
}

/** The checks zod runs after a leaf's type test: the schema itself when it is also a check (formats such as int), then its own. */
function leafChecks(schema: Schema): Check[] {
  const own = schema._zod.def.checks ?? [];
  return schema._zod.traits.has('$ZodCheck') ? [schema as unknown as Check, ...own] : [...own];
}

/** A container's checker followed by its own refinements. */
function refined(checks: readonly Check[] | undefined, body: Checker): Checker {
  return checks && checks.length > 0 ? (value) => body(value) && checksPass(checks, value) : body;
}

function compile(schema: Schema): Checker {
  const def = schema._zod.def;
  switch (def.type) {
    case 'object': {
      if (def.catchall !== undefined) return () => false;
      const shape = def.shape!;
      const members = Object.keys(shape).map((key) => ({ key, optional: shape[key]!._zod.def.type === 'optional', check: checkerOf(shape[key]!) }));
      return refined(def.checks, (value) => {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
        const record = value as Record<string, unknown>;
        // An unknown key would be stripped: the parse result would differ.
        let present = 0;
        for (const member of members) {
          if (!Object.hasOwn(record, member.key)) {
            if (!member.optional) return false;
            continue;
          }
          present++;
          if (!member.check(record[member.key])) return false;
        }
        for (const _key in record) present--;
        return present === 0;
      });
    }
    case 'array': {
      const element = checkerOf(def.element!);
      return refined(def.checks, (value) => Array.isArray(value) && value.every((item) => element(item)));
    }
    case 'default':
    case 'prefault': {
      const inner = checkerOf(def.innerType!);
      return refined(def.checks, (value) => value !== undefined && inner(value));
    }
    case 'optional': {
      const inner = checkerOf(def.innerType!);
      return refined(def.checks, (value) => value === undefined || inner(value));
    }
    case 'nullable': {
      const inner = checkerOf(def.innerType!);
      return refined(def.checks, (value) => value === null || inner(value));
    }
    case 'union': {
      // Only tagged unions: zod picks the option by its tag, so there is one option to walk.
      const tag = def.discriminator;
      if (tag === undefined) return () => false;
      const options = def.options!.map((option) => ({ values: option._zod.def.shape?.[tag]?._zod.values, check: checkerOf(option) }));
      return refined(def.checks, (value) => {
        if (typeof value !== 'object' || value === null) return false;
        const option = options.find((o) => o.values?.has((value as Record<string, unknown>)[tag]));
        return option !== undefined && option.check(value);
      });
    }
    case 'boolean':
      return refined(def.checks, (value) => typeof value === 'boolean');
    case 'enum':
    case 'literal': {
      const values = schema._zod.values!;
      return refined(def.checks, (value) => values.has(value));
    }
    case 'string': {
      if (def.coerce) return () => false;
      const checks = leafChecks(schema);
      return (value) => typeof value === 'string' && checksPass(checks, value);
    }
    case 'number': {
      if (def.coerce) return () => false;
      const checks = leafChecks(schema);
      return (value) => typeof value === 'number' && Number.isFinite(value) && checksPass(checks, value);
    }
    default:
      return () => false;
  }
}
