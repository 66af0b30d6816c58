import type { FieldPath, FormField, NumberField, UnionField, UnionVariant } from './form-types';

/** Reading and writing config values along field paths. Pure; never mutates its inputs. */

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The value at `path` in `config` (object keys and list indices), or undefined. */
export function valueAt(config: unknown, path: FieldPath): unknown {
  let value = config;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** What a field shows: the stored value, or the schema default where the config has none. `base` is the field's scope (a list item). */
export const shownValue = (config: unknown, field: FormField, base: FieldPath = []) => valueAt(config, [...base, ...field.path]) ?? field.defaultValue;

/** The items a list shows: the stored list, else its default, else none. */
export function shownList(config: unknown, field: FormField, base: FieldPath = []): readonly unknown[] {
  const value = shownValue(config, field, base);
  return Array.isArray(value) ? value : [];
}

/** `config` with the value at `path` replaced (objects and lists on the way copied, never mutated). */
export function withValue(config: unknown, path: FieldPath, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (typeof head === 'number') {
    const list = Array.isArray(config) ? [...(config as unknown[])] : [];
    list[head] = withValue(list[head], rest, value);
    return list;
  }
  const base = isRecord(config) ? config : {};
  return { ...base, [head]: withValue(base[head], rest, value) };
}

/** The variant a union field currently has (by its discriminator), else its default's, else the first. */
export function currentVariant(config: unknown, field: UnionField, base: FieldPath = []): UnionVariant | undefined {
  const value = valueAt(config, [...base, ...field.path, field.discriminator]) ?? valueAt(field.defaultValue, [field.discriminator]);
  return field.variants.find((v) => v.value === value) ?? field.variants[0];
}

const clone = <T>(value: T): T => (value === undefined ? value : (structuredClone(value) as T));

/**
 * A new value for a field: its default, else one built from its parts (an object from its fields'
 * defaults, a union's first variant, an empty list, the first option, the lowest allowed number).
 * What "Add" puts in a list.
 */
export function emptyValue(field: FormField): unknown {
  if (field.defaultValue !== undefined) return clone(field.defaultValue);
  switch (field.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const f of field.fields) {
        const value = f.optional ? undefined : emptyValue(f);
        if (value !== undefined) out[f.path.at(-1)!] = value;
      }
      return out;
    }
    case 'union':
      return clone(field.variants[0]?.defaults ?? {});
    case 'list':
      return [];
    case 'string':
      return '';
    case 'number':
      return field.min ?? (field.exclusiveMin !== undefined ? field.exclusiveMin + 1 : 0);
    case 'enum':
      return field.values ? field.values[0] : field.options[0];
    case 'boolean':
      return false;
    case 'json':
      return undefined;
  }
}

/** A number field's text as the value to store: a number when it reads as one, else the text itself (kept, and reported). */
export function parseNumberText(text: string): number | string {
  const trimmed = text.trim();
  if (trimmed === '') return trimmed;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : text;
}

/** Hint of the allowed range. Example: `1–128 MiB`, `> 0 records/s`. */
export function rangeHint(field: NumberField): string {
  const unit = field.unit ? ` ${field.unit}` : '';
  const low = field.min ?? field.exclusiveMin;
  const high = field.max ?? field.exclusiveMax;
  const fmt = (n: number) => n.toLocaleString('en-US');
  if (low !== undefined && high !== undefined) {
    return field.exclusiveMin !== undefined || field.exclusiveMax !== undefined
      ? `${field.exclusiveMin !== undefined ? '>' : '≥'} ${fmt(low)}, ${field.exclusiveMax !== undefined ? '<' : '≤'} ${fmt(high)}${unit}`
      : `${fmt(low)}–${fmt(high)}${unit}`;
  }
  if (low !== undefined) return `${field.exclusiveMin !== undefined ? '>' : '≥'} ${fmt(low)}${unit}`;
  if (high !== undefined) return `≤ ${fmt(high)}${unit}`;
  return '';
}
