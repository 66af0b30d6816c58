import { useState, type ChangeEvent, type KeyboardEvent } from 'react';

/**
 * A text being typed: shown instead of the stored value until it is committed (blur or Enter, one
 * undo step) or dropped (Escape). While no draft exists the field follows the document (undo, redo).
 * `onCommit` may return false to refuse the text: the draft then stays, for the user to correct.
 */
export function useTextDraft(stored: string, onCommit: (text: string) => void | boolean, onDraft?: (text: string | undefined) => void) {
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const finish = (commit: boolean) => {
    if (draft === undefined) return;
    if (commit && draft !== stored && onCommit(draft) === false) return;
    setDraft(undefined);
    onDraft?.(undefined);
  };
  return {
    value: draft ?? stored,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      setDraft(e.target.value);
      onDraft?.(e.target.value);
    },
    onBlur: () => finish(true),
    onKeyDown: (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      // In a text area Enter is a new line; the edit is committed on blur.
      if (e.key === 'Enter' && e.currentTarget.tagName !== 'TEXTAREA') finish(true);
      else if (e.key === 'Escape' && draft !== undefined) {
        e.preventDefault();
        e.stopPropagation();
        finish(false);
      }
    },
  };
}
