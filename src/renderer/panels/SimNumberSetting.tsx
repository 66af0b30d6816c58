import { useState } from 'react';
import { parseNumberText } from '../inspector/form-model';
import { useTextDraft } from '../inspector/useTextDraft';

/** What a run control makes of its text: the value to store, or why it cannot be stored. */
export type SettingCheck = (value: number | string) => { value: number; error?: undefined } | { value?: undefined; error: string };

interface Props {
  id: string;
  testId: string;
  errorTestId: string;
  title: string;
  unit?: string;
  help: string;
  stored: number;
  decimal: boolean;
  check: SettingCheck;
  /** Stores a checked value: one undo step. */
  store: (value: number) => void;
}

/**
 * One number of the simulation's run controls. These are part of the pipeline schema itself (not
 * a node's free-form config), so an invalid value is not stored: it stays in the field with its
 * error until fixed.
 */
export function SimNumberSetting({ id, testId, errorTestId, title, unit, help, stored, decimal, check, store }: Props) {
  const [error, setError] = useState<string>();
  const draft = useTextDraft(
    String(stored),
    (text) => {
      const result = check(parseNumberText(text));
      if (result.error !== undefined) {
        setError(result.error);
        return false;
      }
      store(result.value);
    },
    (text) => setError(text === undefined ? undefined : check(parseNumberText(text)).error),
  );
  return (
    <div className="sim-setting">
      <label htmlFor={id} title={help}>
        {title}
      </label>
      <div className="input-unit">
        <input id={id} className="input input--number" data-testid={testId} inputMode={decimal ? 'decimal' : 'numeric'} autoComplete="off" aria-invalid={error !== undefined} title={help} {...draft} />
        {unit && <span className="input-unit__suffix">{unit}</span>}
      </div>
      {error && (
        <div className="field__error" role="alert" data-testid={errorTestId}>
          {error}
        </div>
      )}
    </div>
  );
}
