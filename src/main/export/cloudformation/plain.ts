import { KINDS, type ConfigOf, type KindId } from '../../../shared/catalog/registry';
import { isIntrinsic, isPlainObject } from './template-refs';

/**
 * Reading settings back from imported properties (fromCfn): only plain values of the expected type
 * count; intrinsic functions ({ Ref }, { 'Fn::Sub' }…) and anything else read as undefined.
 */

export type Plain = Readonly<Record<string, unknown>>;

export const plainString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

export const plainNumber = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

export const plainBoolean = (value: unknown): boolean | undefined => (typeof value === 'boolean' ? value : undefined);

/** An object that is not an intrinsic function. */
export const plainObject = (value: unknown): Plain | undefined => (isPlainObject(value) && !isIntrinsic(value) ? value : undefined);

export const plainArray = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);

/** `value` when it is one of `allowed`, else undefined. */
export function oneOf<const T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** The object without its undefined entries, so a partial config only names what was read. */
export function defined<T extends Record<string, unknown>>(object: T): Partial<T> {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * List items read back, completed with the kind's defaults (DeepPartial keeps list items whole):
 * all together when the kind's schema accepts them, else each one it accepts on its own.
 */
export function completeItems<K extends KindId, F extends keyof ConfigOf<K> & string>(kind: K, field: F, items: readonly unknown[]): ConfigOf<K>[F] | undefined {
  if (items.length === 0) return undefined;
  const parse = (list: readonly unknown[]) => {
    const parsed = KINDS[kind].config.safeParse({ [field]: list });
    return parsed.success ? ((parsed.data as ConfigOf<K>)[field] as unknown[]) : undefined;
  };
  const all = parse(items) ?? items.flatMap((item) => parse([item]) ?? []);
  return all.length > 0 ? (all as ConfigOf<K>[F]) : undefined;
}

/** The items of a list that are plain objects. */
export const plainObjects = (value: unknown): Plain[] => plainArray(value).flatMap<Plain>((item) => plainObject(item) ?? []);
