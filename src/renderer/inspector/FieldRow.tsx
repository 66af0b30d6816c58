import type { ReactNode } from 'react';
import { Icon } from '../ui/icons';

interface Props {
  fieldKey: string;
  inputId: string;
  title: string;
  help?: string;
  /** Short text at the end of the label row, such as the allowed range. */
  hint?: string;
  error?: string;
  /** Switches sit on the label's line. */
  inline?: boolean;
  children: ReactNode;
}

/** Label with a help tooltip, the control, and the inline error under it. */
export function FieldRow({ fieldKey, inputId, title, help, hint, error, inline, children }: Props) {
  return (
    <div className={`field${inline ? ' field--inline' : ''}${error ? ' has-error' : ''}`}>
      <div className="field__label-row">
        <label className="field__label" htmlFor={inputId} title={help}>
          {title}
        </label>
        {help && (
          <span className="field__help" title={help} aria-label={help} tabIndex={0} role="img">
            <Icon name="info" size={13} />
          </span>
        )}
        {hint && <span className="field__hint">{hint}</span>}
        {inline && <div className="field__inline-control">{children}</div>}
      </div>
      {!inline && children}
      {error && (
        <div className="field__error" id={`${inputId}-error`} role="alert" data-testid={`inspector-error-${fieldKey}`}>
          {error}
        </div>
      )}
    </div>
  );
}
