import type { ReactNode } from 'react';
import { JsonControl, NumberControl, SelectControl, SwitchControl, TextControl } from './controls';
import { absolutePath, controlProps, emptyNumberAs, type FieldContext } from './field-context';
import { FieldRow } from './FieldRow';
import { keyOf, rangeHint, shownValue, type FieldPath, type FormField, type ScalarField } from './form-model';
import { ObjectFieldView, UnionFieldView } from './GroupFields';
import { ListFieldView } from './ListFieldView';

export type { FieldContext } from './field-context';

/** Description and allowed range: the help shown on hover. */
export function helpOf(field: FormField): string | undefined {
  const range = field.type === 'number' ? rangeHint(field) : '';
  return [field.description, range && `Allowed: ${range}.`].filter(Boolean).join('\n') || undefined;
}

/** The control alone (no label) for a one-control field at `base` + its path. */
export function ScalarControl({ field, ctx, base, label }: { field: ScalarField; ctx: FieldContext; base: FieldPath; label?: string }) {
  const path = absolutePath(field, base);
  const props = { ...controlProps(path, field.title, ctx, emptyNumberAs(field)), ariaLabel: label };
  const value = shownValue(ctx.config, field, base);
  switch (field.type) {
    case 'number':
      return <NumberControl {...props} field={field} value={value} />;
    case 'string':
      return <TextControl {...props} field={field} value={value} />;
    case 'enum':
      return <SelectControl {...props} options={field.options} values={field.values} value={value} />;
    case 'boolean':
      return <SwitchControl {...props} value={value} />;
    case 'json':
      return <JsonControl {...props} value={value} />;
  }
}

/** One setting of the generated form, chosen by the field's type. `base` is the scope: a list item's path, or none. */
export function ConfigField({ field, ctx, base = [] }: { field: FormField; ctx: FieldContext; base?: FieldPath }) {
  if (field.type === 'union') return <UnionFieldView field={field} ctx={ctx} base={base} />;
  if (field.type === 'object') return <ObjectFieldView field={field} ctx={ctx} base={base} />;
  if (field.type === 'list') return <ListFieldView field={field} ctx={ctx} base={base} />;
  const key = keyOf(absolutePath(field, base));
  const hint = field.type === 'number' ? rangeHint({ ...field, unit: undefined }) : undefined;
  const row = (control: ReactNode, inline = false) => (
    <FieldRow fieldKey={key} inputId={`field-${ctx.nodeId}-${key}`} title={field.title} help={helpOf(field)} hint={hint} error={ctx.errors.get(key)} inline={inline}>
      {control}
    </FieldRow>
  );
  return row(<ScalarControl field={field} ctx={ctx} base={base} />, field.type === 'boolean');
}
