import { z } from 'zod';
import { emptyValue } from './form-values';
import type { FormField, UnionVariant } from './form-types';

/**
 * Reads a kind's zod config schema into form fields, through its JSON Schema (`io: 'input'`, so
 * defaults and `.meta({ title, description, unit })` come along).
 */
type JsonSchema = {
  $ref?: string;
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
  minItems?: number;
  maxItems?: number;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  $defs?: Record<string, JsonSchema>;
};

export const humanize = (key: string) => key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').replace(/^./, (c) => c.toUpperCase());
const bound = (n: number | undefined) => (n === undefined || Math.abs(n) >= Number.MAX_SAFE_INTEGER ? undefined : n);

class Reader {
  constructor(private readonly root: JsonSchema) {}

  /** Follows `$ref`s into the root's `$defs` (zod writes schemas registered with an id there). */
  resolve(schema: JsonSchema): JsonSchema {
    let current = schema;
    for (let hops = 0; current.$ref && hops < 8; hops++) {
      const name = /^#\/\$defs\/(.+)$/.exec(current.$ref)?.[1];
      const target = name !== undefined ? this.root.$defs?.[decodeURIComponent(name)] : undefined;
      if (!target) break;
      const { $ref: _ref, ...rest } = current;
      current = { ...target, ...rest };
    }
    return current;
  }

  objectFields(schema: JsonSchema, parent: readonly string[]): FormField[] {
    const required = new Set(schema.required ?? []);
    return Object.entries(schema.properties ?? {}).map(([key, s]) => this.field(key, s, parent, !required.has(key)));
  }

  field(key: string, raw: JsonSchema, parent: readonly string[], notRequired = false): FormField {
    const schema = this.resolve(raw);
    const path = [...parent, key];
    return this.fieldAt(path, schema, key, notRequired);
  }

  /** A field at `path` (the empty path for a list's item). */
  fieldAt(path: readonly string[], schema: JsonSchema, name: string, notRequired: boolean): FormField {
    const base = {
      key: path.join('.'),
      path,
      title: schema.title ?? humanize(name),
      description: schema.description,
      defaultValue: schema.default,
      optional: notRequired && schema.default === undefined ? true : undefined,
      nullable: Array.isArray(schema.type) && schema.type.includes('null') ? true : undefined,
    };
    const alternatives = (schema.oneOf ?? schema.anyOf)?.map((v) => this.resolve(v));
    if (alternatives) {
      const solid = alternatives.filter((v) => v.type !== 'null');
      if (solid.length === 1 && alternatives.length === 2) return { ...this.fieldAt(path, { ...solid[0], ...withoutAlternatives(schema) }, name, notRequired), nullable: true };
      if (solid.every((v) => v.const !== undefined)) return { ...base, type: 'enum', options: solid.map((v) => String(v.const)), values: solid.map((v) => v.const) };
      return this.union(base, solid);
    }
    if (schema.const !== undefined) return { ...base, type: 'enum', options: [String(schema.const)], values: [schema.const] };
    if (schema.enum) {
      const values = schema.enum.filter((v) => v !== null);
      const strings = values.every((v) => typeof v === 'string');
      return { ...base, type: 'enum', options: values.map(String), values: strings ? undefined : values };
    }
    const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
    switch (type) {
      case 'number':
      case 'integer':
        return {
          ...base,
          type: 'number',
          integer: type === 'integer',
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
      case 'array':
        if (!schema.items) return { ...base, type: 'json' };
        return {
          ...base,
          type: 'list',
          item: this.fieldAt([], this.resolve(schema.items), singular(base.title), false),
          minItems: schema.minItems,
          maxItems: schema.maxItems,
        };
      case 'object':
        if (!schema.properties) return { ...base, type: 'json' };
        return { ...base, type: 'object', fields: this.objectFields(schema, path) };
      default:
        return { ...base, type: 'json' };
    }
  }

  union(base: Omit<FormField, 'type'>, variants: JsonSchema[]): FormField {
    const discriminator = discriminatorOf(variants);
    if (!discriminator) return { ...base, type: 'json' };
    const first = variants[0]!.properties![discriminator]!;
    return {
      ...base,
      type: 'union',
      discriminator,
      discriminatorTitle: first.title ?? humanize(discriminator),
      variants: variants.map((v): UnionVariant => {
        const value = String(v.properties![discriminator]!.const);
        const fields = this.objectFields({ ...v, properties: Object.fromEntries(Object.entries(v.properties ?? {}).filter(([k]) => k !== discriminator)) }, base.path);
        const defaults: Record<string, unknown> = { [discriminator]: value };
        for (const f of fields) {
          const initial = f.optional ? undefined : emptyValue(f);
          if (initial !== undefined) defaults[f.path.at(-1)!] = initial;
        }
        return { value, title: v.title ?? humanize(value), fields, defaults };
      }),
    };
  }
}

function withoutAlternatives(schema: JsonSchema): JsonSchema {
  const { oneOf: _o, anyOf: _a, ...rest } = schema;
  return rest;
}

function discriminatorOf(variants: JsonSchema[]): string | undefined {
  const first = variants[0]?.properties ?? {};
  return Object.keys(first).find((key) => variants.every((v) => v.properties?.[key]?.const !== undefined));
}

/** `Lifecycle rules` → `Lifecycle rule`, `Filter: tags` → `Tag`: what one item of a list is called. */
export function singular(listTitle: string): string {
  const title = humanize(listTitle.split(': ').at(-1)!.trim());
  if (/ies$/.test(title)) return title.replace(/ies$/, 'y');
  if (/(ss|us)$/.test(title)) return title;
  if (/(ches|shes|xes|sses)$/.test(title)) return title.replace(/es$/, '');
  return title.replace(/s$/, '');
}

const cache = new WeakMap<z.ZodType, readonly FormField[]>();

/** The fields of an object schema, in declaration order. Cached per schema. */
export function formModel(schema: z.ZodType): readonly FormField[] {
  let fields = cache.get(schema);
  if (!fields) {
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
    const reader = new Reader(json);
    fields = reader.objectFields(reader.resolve(json), []);
    cache.set(schema, fields);
  }
  return fields;
}
