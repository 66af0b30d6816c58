import { z } from 'zod';

/**
 * A form generated from a kind's zod config schema, through its JSON Schema (`io: 'input'`, so
 * defaults and `.meta({ title, description, unit })` come along). Pure data: the React fields
 * render it, tests check it without a DOM.
 */
interface FieldBase {
  /** Dotted path, used in data-testids. Example: `loadProfile.shape`. */
  readonly key: string;
  readonly path: readonly string[];
  readonly title: string;
  readonly description?: string;
  readonly defaultValue?: unknown;
}
export interface NumberField extends FieldBase {
  readonly type: 'number';
  readonly integer: boolean;
  readonly min?: number;
  readonly max?: number;
  /** The bound itself is not allowed (`z.number().positive()` gives exclusiveMin 0). */
  readonly exclusiveMin?: number;
  readonly exclusiveMax?: number;
  readonly unit?: string;
}
export interface EnumField extends FieldBase {
  readonly type: 'enum';
  readonly options: readonly string[];
}
export interface BooleanField extends FieldBase {
  readonly type: 'boolean';
}
export interface StringField extends FieldBase {
  readonly type: 'string';
  readonly maxLength?: number;
}
export interface UnionVariant {
  readonly value: string;
  readonly title: string;
  readonly fields: readonly FormField[];
  /** The variant's object with every default filled in: what choosing it writes. */
  readonly defaults: Record<string, unknown>;
}
/** A discriminated union: pick `discriminator` (rendered as a select keyed `<key>.<discriminator>`), then that variant's fields. */
export interface UnionField extends FieldBase {
  readonly type: 'union';
  readonly discriminator: string;
  readonly variants: readonly UnionVariant[];
}
/** Anything the generator does not know how to render: edited as JSON text. */
export interface JsonField extends FieldBase {
  readonly type: 'json';
}
export type FormField = NumberField | EnumField | BooleanField | StringField | UnionField | JsonField;

type JsonSchema = {
  type?: string | string[];
  title?: string;
  description?: string;
  unit?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  maxLength?: number;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
};

const humanize = (key: string) => key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());
const bound = (n: number | undefined) => (n === undefined || Math.abs(n) >= Number.MAX_SAFE_INTEGER ? undefined : n);

function discriminatorOf(variants: JsonSchema[]): string | undefined {
  const first = variants[0]?.properties ?? {};
  return Object.keys(first).find((key) => variants.every((v) => v.properties?.[key]?.const !== undefined));
}

function fieldOf(key: string, schema: JsonSchema, parent: readonly string[]): FormField {
  const path = [...parent, key];
  const base = { key: path.join('.'), path, title: schema.title ?? humanize(key), description: schema.description, defaultValue: schema.default };
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants) {
    const discriminator = discriminatorOf(variants);
    if (!discriminator) return { ...base, type: 'json' };
    return {
      ...base,
      type: 'union',
      discriminator,
      variants: variants.map((v) => {
        const value = String(v.properties![discriminator]!.const);
        const fields = Object.entries(v.properties ?? {})
          .filter(([k]) => k !== discriminator)
          .map(([k, s]) => fieldOf(k, s, path));
        const defaults: Record<string, unknown> = { [discriminator]: value };
        for (const f of fields) if (f.defaultValue !== undefined) defaults[f.path.at(-1)!] = f.defaultValue;
        return { value, title: v.title ?? humanize(value), fields, defaults };
      }),
    };
  }
  if (schema.enum) return { ...base, type: 'enum', options: schema.enum.map(String) };
  switch (schema.type) {
    case 'number':
    case 'integer':
      return {
        ...base,
        type: 'number',
        integer: schema.type === 'integer',
        min: bound(schema.minimum),
        max: bound(schema.maximum),
        exclusiveMin: bound(schema.exclusiveMinimum),
        exclusiveMax: bound(schema.exclusiveMaximum),
        unit: schema.unit,
      };
    case 'boolean':
      return { ...base, type: 'boolean' };
    case 'string':
      return { ...base, type: 'string', maxLength: schema.maxLength };
    default:
      return { ...base, type: 'json' };
  }
}

const cache = new WeakMap<z.ZodType, readonly FormField[]>();

/** The fields of an object schema, in declaration order. Cached per schema. */
export function formModel(schema: z.ZodType): readonly FormField[] {
  let fields = cache.get(schema);
  if (!fields) {
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
    fields = Object.entries(json.properties ?? {}).map(([key, s]) => fieldOf(key, s, []));
    cache.set(schema, fields);
  }
  return fields;
}

/** The value at `path` in `config`, or undefined. */
export function valueAt(config: unknown, path: readonly string[]): unknown {
  let value = config;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** What a field shows: the stored value, or the schema default where the config has none. */
export const shownValue = (config: unknown, field: FormField) => valueAt(config, field.path) ?? field.defaultValue;

/** The variant a union field currently has (by its discriminator), else its default's, else the first. */
export function currentVariant(config: unknown, field: UnionField): UnionVariant | undefined {
  const value = valueAt(config, [...field.path, field.discriminator]) ?? valueAt(field.defaultValue, [field.discriminator]);
  return field.variants.find((v) => v.value === value) ?? field.variants[0];
}

/** Every field key the form shows for this config (union variants expanded), for mapping errors. */
export function visibleKeys(fields: readonly FormField[], config: unknown): string[] {
  return fields.flatMap((f) =>
    f.type === 'union' ? [`${f.key}.${f.discriminator}`, ...visibleKeys(currentVariant(config, f)?.fields ?? [], config)] : [f.key],
  );
}

/**
 * Inline errors: the candidate config parsed with the kind schema, each zod message placed on the
 * field it concerns (or the nearest field above it; `''` for the form as a whole). First message wins.
 */
export function fieldErrors(schema: z.ZodType, fields: readonly FormField[], config: unknown): Map<string, string> {
  const errors = new Map<string, string>();
  const result = schema.safeParse(config);
  if (result.success) return errors;
  const keys = new Set(visibleKeys(fields, config));
  for (const issue of result.error.issues) {
    const parts = issue.path.map(String);
    let key = '';
    for (let n = parts.length; n > 0; n--) {
      const candidate = parts.slice(0, n).join('.');
      if (keys.has(candidate)) {
        key = candidate;
        break;
      }
      const union = fields.find((f) => f.type === 'union' && f.key === candidate) as UnionField | undefined;
      if (union) {
        key = `${union.key}.${union.discriminator}`;
        break;
      }
    }
    if (!errors.has(key)) errors.set(key, issue.message);
  }
  return errors;
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

/** `config` with the value at `path` replaced (objects on the way copied, never mutated). */
export function withValue(config: unknown, path: readonly string[], value: unknown): unknown {
  if (path.length === 0) return value;
  const base = config !== null && typeof config === 'object' && !Array.isArray(config) ? (config as Record<string, unknown>) : {};
  const [head, ...rest] = path as [string, ...string[]];
  return { ...base, [head]: withValue(base[head], rest, value) };
}
