/**
 * The generated form as plain data: a tree of fields read from a kind's zod config schema. Field
 * paths are relative to their scope: the config itself, or one item of a list (rendering prefixes
 * the list's path and the item's index). Example: a transition's `days` has path `['days']` in the
 * transitions item, and is shown at `lifecycleRules.0.transitions.1.days`.
 */

/** A path into a config: object keys and list indices. Example: `['lifecycleRules', 0, 'transitions']`. */
export type FieldPath = readonly (string | number)[];

interface FieldBase {
  /** Dotted path within the scope, used in data-testids. Example: `loadProfile.shape`. */
  readonly key: string;
  readonly path: readonly string[];
  readonly title: string;
  readonly description?: string;
  readonly defaultValue?: unknown;
  /** May be left out: no default and not required. */
  readonly optional?: boolean;
  /** May be null (`.nullable()`): an emptied field stores null. */
  readonly nullable?: boolean;
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
  /** The options as shown and as the select's values. */
  readonly options: readonly string[];
  /** The values stored, where they are not the option strings (numeric literals). */
  readonly values?: readonly unknown[];
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
  /** What the discriminator select is called when the union is a list item. Example: `Type`. */
  readonly discriminatorTitle: string;
  readonly variants: readonly UnionVariant[];
}
/** A nested object: rendered as a fieldset of its fields (paths continue from the object's). */
export interface ObjectField extends FieldBase {
  readonly type: 'object';
  readonly fields: readonly FormField[];
}
/** A list (`z.array`): items added, removed and reordered; `item` has path `[]` and paths relative to one item. */
export interface ListField extends FieldBase {
  readonly type: 'list';
  readonly item: FormField;
  readonly minItems?: number;
  readonly maxItems?: number;
}
/** Anything the generator does not know how to render: edited as JSON text. */
export interface JsonField extends FieldBase {
  readonly type: 'json';
}
export type FormField = NumberField | EnumField | BooleanField | StringField | UnionField | ObjectField | ListField | JsonField;

/** Fields that are one control (not a group or a list). */
export type ScalarField = NumberField | EnumField | BooleanField | StringField | JsonField;

export const isScalar = (field: FormField): field is ScalarField => field.type !== 'union' && field.type !== 'object' && field.type !== 'list';

/** The dotted key of an absolute path. Example: `lifecycleRules.0.transitions.1.days`. */
export const keyOf = (path: FieldPath): string => path.join('.');
