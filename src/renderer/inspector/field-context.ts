import type { ControlProps } from './controls';
import { keyOf, type FieldPath, type FormField } from './form-model';

/** What every generated field needs: the node, its config as shown, the inline errors, and the write paths. */
export interface FieldContext {
  nodeId: string;
  config: unknown;
  errors: ReadonlyMap<string, string>;
  /** Stores one setting: one undoable step named after `title`. */
  commit: (path: FieldPath, title: string, value: unknown) => void;
  /** Stores a whole new value under its own undo label (list edits). */
  change: (path: FieldPath, value: unknown, label: string) => void;
  /** A value being typed (undefined: none), for live inline errors. */
  draft: (path: FieldPath, value: unknown) => void;
}

/** A field's absolute path: its scope (a list item, or the config) and its own path. */
export const absolutePath = (field: FormField, base: FieldPath): FieldPath => [...base, ...field.path];

/** The props of the control for the setting at `path`: ids, testid (`inspector-field-<dotted.path>`), error state, writes. */
export function controlProps(path: FieldPath, title: string, ctx: FieldContext, toStored: (value: unknown) => unknown = (v) => v): ControlProps {
  const key = keyOf(path);
  const id = `field-${ctx.nodeId}-${key}`;
  return {
    id,
    testId: `inspector-field-${key}`,
    invalid: ctx.errors.has(key),
    describedBy: `${id}-error`,
    onCommit: (value) => ctx.commit(path, title, toStored(value)),
    onDraft: (value) => ctx.draft(path, value === undefined ? undefined : toStored(value)),
  };
}

/** An emptied number field stores null (nullable) or nothing (optional) rather than the empty text. */
export function emptyNumberAs(field: FormField): (value: unknown) => unknown {
  if (field.type !== 'number' || !(field.nullable || field.optional)) return (v) => v;
  return (v) => (v !== '' ? v : field.nullable ? null : undefined);
}
