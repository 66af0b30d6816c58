import { isScalar, type FieldPath, type FormField, type ListField } from './form-types';
import { currentVariant, emptyValue, shownList } from './form-values';

/** What the user does to a list: add an item (with the item schema's defaults), remove one, move one. */
export type ListEdit = { op: 'add' } | { op: 'remove'; index: number } | { op: 'move'; from: number; to: number };

/** A list edit as one document change: the whole new list, stored at `path` (one undo step). */
export interface ListChange {
  readonly path: FieldPath;
  readonly value: unknown[];
  readonly label: string;
  /** Where the item touched now is (for focus): the new item, the moved one, or the one after the removed one. */
  readonly index: number;
}

/** `items` after `edit` (a new array), or undefined when the edit changes nothing. `added` makes the new item. */
export function editedList<T>(items: readonly T[], edit: ListEdit, added: () => T): T[] | undefined {
  const next = [...items];
  switch (edit.op) {
    case 'add':
      next.push(added());
      return next;
    case 'remove':
      if (edit.index < 0 || edit.index >= next.length) return undefined;
      next.splice(edit.index, 1);
      return next;
    case 'move': {
      const { from, to } = edit;
      if (from === to || from < 0 || to < 0 || from >= next.length || to >= next.length) return undefined;
      const [moved] = next.splice(from, 1) as [T];
      next.splice(to, 0, moved);
      return next;
    }
  }
}

/** The change a list edit makes to `config`, or undefined when it makes none (moving the first item up). */
export function listChange(config: unknown, field: ListField, base: FieldPath, edit: ListEdit): ListChange | undefined {
  const items = shownList(config, field, base);
  const value = editedList(items, edit, () => emptyValue(field.item));
  if (!value) return undefined;
  const path = [...base, ...field.path];
  const noun = field.item.title.toLowerCase();
  switch (edit.op) {
    case 'add':
      return { path, value, label: `Add ${noun}`, index: value.length - 1 };
    case 'remove':
      return { path, value, label: `Remove ${noun} ${edit.index + 1}`, index: Math.min(edit.index, value.length - 1) };
    case 'move':
      return { path, value, label: `Move ${noun} ${edit.from + 1} ${edit.to < edit.from ? 'up' : 'down'}`, index: edit.to };
  }
}

/** Names that make an item recognisable: shown first in its summary line. */
const NAME_KEYS = ['name', 'id', 'key', 'title', 'label', 'ruleId', 'ruleName', 'prefix', 'column', 'sourceColumn'];

function formatScalar(field: FormField, value: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  if (field.type === 'boolean') return value === true ? field.title : '';
  if (field.type === 'number' && typeof value === 'number') return `${value.toLocaleString('en-US')}${field.unit ? ` ${field.unit}` : ''}`;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function partsOf(fields: readonly FormField[], value: unknown, base: FieldPath): string[] {
  const parts: string[] = [];
  for (const f of fields) {
    const v = valueIn(value, [...base, ...f.path]) ?? f.defaultValue;
    if (f.type === 'list') {
      const n = Array.isArray(v) ? v.length : 0;
      if (n > 0) parts.push(`${n} ${(n === 1 ? f.item.title : f.title).toLowerCase()}`);
    } else if (f.type === 'object') parts.push(...partsOf(f.fields, value, base));
    else if (f.type === 'union') {
      const variant = currentVariant(value, f, base);
      if (variant) parts.push(variant.title, ...partsOf(variant.fields, value, base));
    } else {
      const text = formatScalar(f, v);
      if (text) parts.push(text);
    }
  }
  return parts;
}

function valueIn(value: unknown, path: FieldPath): unknown {
  let v = value;
  for (const key of path) v = v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[key] : undefined;
  return v;
}

/**
 * One line describing a list item for its (collapsible) header: a recognisable name as `title`
 * (a `name`, `id`, `key`… field, or the union variant), the other settings as `detail`.
 * Example: a transition `{ days: 30, storageClass: 'STANDARD_IA' }` → detail `30 days · STANDARD_IA`.
 */
export function itemSummary(item: FormField, value: unknown): { title: string; detail: string } {
  if (isScalar(item)) return { title: formatScalar(item, value), detail: '' };
  if (item.type === 'list') return { title: '', detail: partsOf([item], value, []).join(' · ') };
  const fields = item.type === 'union' ? (currentVariant(value, item)?.fields ?? []) : item.fields;
  const name = fields.find((f) => isScalar(f) && f.type !== 'boolean' && NAME_KEYS.includes(String(f.path.at(-1))) && formatScalar(f, valueIn(value, f.path)) !== '');
  const rest = fields.filter((f) => f !== name);
  const parts = partsOf(rest, value, []);
  const variant = item.type === 'union' ? currentVariant(value, item)?.title : undefined;
  const title = name ? formatScalar(name, valueIn(value, name.path)) : (variant ?? '');
  return { title, detail: parts.slice(0, 4).join(' · ') };
}
