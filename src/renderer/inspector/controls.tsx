import { useTextDraft } from './useTextDraft';
import type { EnumField, NumberField, StringField } from './form-model';
import { parseNumberText } from './form-model';

/** What every control gets: its id and testid, whether it is in error, and the two ways to report a value. */
export interface ControlProps {
  id: string;
  testId: string;
  invalid: boolean;
  describedBy?: string;
  /** Stores the value: one undoable step. */
  onCommit: (value: unknown) => void;
  /** A value being typed (undefined: none), for live inline errors. */
  onDraft: (value: unknown) => void;
  /** Where no <label> names the control (a list item). */
  ariaLabel?: string;
}

const aria = (p: ControlProps) => ({
  id: p.id,
  'data-testid': p.testId,
  'aria-invalid': p.invalid,
  'aria-describedby': p.invalid ? p.describedBy : undefined,
  'aria-label': p.ariaLabel,
});

const textOf = (value: unknown) => (value === undefined || value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value));

export function NumberControl({ field, value, ...p }: ControlProps & { field: NumberField; value: unknown }) {
  const draft = useTextDraft(textOf(value), (t) => p.onCommit(parseNumberText(t)), (t) => p.onDraft(t === undefined ? undefined : parseNumberText(t)));
  return (
    <div className="input-unit">
      <input
        {...aria(p)}
        className="input input--number"
        type="text"
        inputMode={field.integer ? 'numeric' : 'decimal'}
        autoComplete="off"
        spellCheck={false}
        placeholder={field.nullable || field.optional ? 'none' : undefined}
        // Room for the unit, however long (`MiB`, `requests/day`).
        style={field.unit ? { paddingRight: 14 + Math.min(field.unit.length, 16) * 6.5 } : undefined}
        {...draft}
      />
      {field.unit && <span className="input-unit__suffix">{field.unit}</span>}
    </div>
  );
}

export function TextControl({ field, value, ...p }: ControlProps & { field: StringField; value: unknown }) {
  const draft = useTextDraft(textOf(value), p.onCommit, p.onDraft);
  return <input {...aria(p)} className="input" type="text" maxLength={field.maxLength} autoComplete="off" spellCheck={false} {...draft} />;
}

/** A select of `options`; where the stored values are not those strings (numeric literals), `values` maps them. */
export function SelectControl({ options, labels, values, value, ...p }: ControlProps & { options: EnumField['options']; labels?: readonly string[]; values?: readonly unknown[]; value: unknown }) {
  const index = values ? values.findIndex((v) => v === value) : -1;
  const current = index >= 0 ? options[index]! : textOf(value);
  const known = options.includes(current);
  const stored = (text: string) => (values ? values[options.indexOf(text)] ?? text : text);
  return (
    <select {...aria(p)} className="select" value={current} onChange={(e) => p.onCommit(stored(e.target.value))}>
      {!known && <option value={current}>{current === '' ? '(none)' : `${current} (unknown)`}</option>}
      {options.map((o, i) => (
        <option key={o} value={o}>
          {labels?.[i] ?? o}
        </option>
      ))}
    </select>
  );
}

export function SwitchControl({ value, ...p }: ControlProps & { value: unknown }) {
  return <input {...aria(p)} className="switch" type="checkbox" role="switch" checked={value === true} onChange={(e) => p.onCommit(e.target.checked)} />;
}

/** Settings the generator cannot render as a control: edited as JSON. */
export function JsonControl({ value, ...p }: ControlProps & { value: unknown }) {
  const parse = (t: string): unknown => {
    try {
      return JSON.parse(t);
    } catch {
      return t;
    }
  };
  const draft = useTextDraft(JSON.stringify(value ?? null), (t) => p.onCommit(parse(t)), (t) => p.onDraft(t === undefined ? undefined : parse(t)));
  return <input {...aria(p)} className="input input--mono" type="text" spellCheck={false} {...draft} />;
}
