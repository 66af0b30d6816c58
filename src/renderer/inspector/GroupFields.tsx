import { Icon } from '../ui/icons';
import { SelectControl } from './controls';
import { ConfigField } from './ConfigField';
import { absolutePath, controlProps, type FieldContext } from './field-context';
import { FieldRow } from './FieldRow';
import { currentVariant, keyOf, valueAt, type FieldPath, type ObjectField, type UnionField } from './form-model';

/** A discriminated union: a select for the variant (choosing one writes its defaults), then that variant's fields. */
export function UnionFieldView({ field, ctx, base, asItem }: { field: UnionField; ctx: FieldContext; base: FieldPath; asItem?: boolean }) {
  const path = absolutePath(field, base);
  const selectPath = [...path, field.discriminator];
  const key = keyOf(selectPath);
  const variant = currentVariant(ctx.config, field, base);
  const props = controlProps(selectPath, field.title, ctx);
  const stored = valueAt(ctx.config, selectPath) ?? variant?.value;
  const body = variant && variant.fields.length > 0 && (
    <div className={asItem ? 'field-group__fields' : 'field-group__body'}>
      {variant.fields.map((f) => (
        <ConfigField key={f.key} field={f} ctx={ctx} base={base} />
      ))}
    </div>
  );
  return (
    <fieldset className="field-group">
      <FieldRow fieldKey={key} inputId={props.id} title={asItem ? field.discriminatorTitle : field.title} help={field.description} error={ctx.errors.get(key)}>
        <SelectControl
          {...props}
          options={field.variants.map((v) => v.value)}
          labels={field.variants.map((v) => v.title)}
          value={stored}
          // Choosing a variant writes that variant with its defaults.
          onCommit={(value) => ctx.commit(path, field.title, structuredClone(field.variants.find((v) => v.value === value)?.defaults ?? { [field.discriminator]: value }))}
        />
      </FieldRow>
      {body}
    </fieldset>
  );
}

/** A nested object: its fields in a fieldset titled by the object, with the object's own error (a refinement) under the title. */
export function ObjectFieldView({ field, ctx, base }: { field: ObjectField; ctx: FieldContext; base: FieldPath }) {
  const key = keyOf(absolutePath(field, base));
  const error = ctx.errors.get(key);
  return (
    <fieldset className={`field-group field-group--object${error ? ' has-error' : ''}`} data-testid={`inspector-object-${key}`}>
      <legend className="field-group__legend">
        <span className="field__label">{field.title}</span>
        {field.description && (
          <span className="field__help" title={field.description} aria-label={field.description} tabIndex={0} role="img">
            <Icon name="info" size={13} />
          </span>
        )}
      </legend>
      {error && (
        <div className="field__error" role="alert" data-testid={`inspector-error-${key}`}>
          {error}
        </div>
      )}
      <div className="field-group__body">
        {field.fields.map((f) => (
          <ConfigField key={f.key} field={f} ctx={ctx} base={base} />
        ))}
      </div>
    </fieldset>
  );
}
