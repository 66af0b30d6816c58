import type { ReactNode } from 'react';
import { JsonControl, NumberControl, SelectControl, SwitchControl, TextControl, type ControlProps } from './controls';
import { FieldRow } from './FieldRow';
import { currentVariant, rangeHint, shownValue, valueAt, type FormField, type UnionField } from './form-model';

export interface FieldContext {
  nodeId: string;
  config: unknown;
  errors: ReadonlyMap<string, string>;
  commit: (field: Pick<FormField, 'path' | 'title'>, value: unknown) => void;
  draft: (field: Pick<FormField, 'path' | 'key'>, value: unknown) => void;
}

function helpOf(field: FormField): string | undefined {
  const range = field.type === 'number' ? rangeHint(field) : '';
  return [field.description, range && `Allowed: ${range}.`].filter(Boolean).join('\n') || undefined;
}

function controlProps(key: string, field: FormField, ctx: FieldContext, path = field.path): ControlProps {
  const id = `field-${ctx.nodeId}-${key}`;
  return {
    id,
    testId: `inspector-field-${key}`,
    invalid: ctx.errors.has(key),
    describedBy: `${id}-error`,
    onCommit: (value) => ctx.commit({ path, title: field.title }, value),
    onDraft: (value) => ctx.draft({ path, key }, value),
  };
}

function UnionFieldView({ field, ctx }: { field: UnionField; ctx: FieldContext }) {
  const variant = currentVariant(ctx.config, field);
  const key = `${field.key}.${field.discriminator}`;
  const props = controlProps(key, field, ctx);
  const stored = valueAt(ctx.config, [...field.path, field.discriminator]) ?? variant?.value;
  return (
    <fieldset className="field-group">
      <FieldRow fieldKey={key} inputId={props.id} title={field.title} help={field.description} error={ctx.errors.get(key)}>
        <SelectControl
          {...props}
          options={field.variants.map((v) => v.value)}
          labels={field.variants.map((v) => v.title)}
          value={stored}
          // Choosing a variant writes that variant with its defaults.
          onCommit={(value) => ctx.commit(field, field.variants.find((v) => v.value === value)?.defaults ?? { [field.discriminator]: value })}
        />
      </FieldRow>
      {variant && variant.fields.length > 0 && (
        <div className="field-group__body">
          {variant.fields.map((f) => (
            <ConfigField key={f.key} field={f} ctx={ctx} />
          ))}
        </div>
      )}
    </fieldset>
  );
}

/** One setting of the generated form, chosen by the field's type. */
export function ConfigField({ field, ctx }: { field: FormField; ctx: FieldContext }) {
  if (field.type === 'union') return <UnionFieldView field={field} ctx={ctx} />;
  const props = controlProps(field.key, field, ctx);
  const value = shownValue(ctx.config, field);
  const hint = field.type === 'number' ? rangeHint({ ...field, unit: undefined }) : undefined;
  const row = (control: ReactNode, inline = false) => (
    <FieldRow fieldKey={field.key} inputId={props.id} title={field.title} help={helpOf(field)} hint={hint} error={ctx.errors.get(field.key)} inline={inline}>
      {control}
    </FieldRow>
  );
  switch (field.type) {
    case 'number':
      return row(<NumberControl {...props} field={field} value={value} />);
    case 'string':
      return row(<TextControl {...props} field={field} value={value} />);
    case 'enum':
      return row(<SelectControl {...props} options={field.options} value={value} />);
    case 'boolean':
      return row(<SwitchControl {...props} value={value} />, true);
    case 'json':
      return row(<JsonControl {...props} value={value} />);
  }
}
