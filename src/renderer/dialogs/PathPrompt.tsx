import { useEffect, useRef, useState } from 'react';
import { Modal } from './Modal';

interface Props {
  title: string;
  message?: string;
  initial: string;
  confirmLabel: string;
  onClose: (path: string | undefined) => void;
}

/** Asks for an absolute file path, where there is no native file dialog (the web host). */
export function PathPrompt({ title, message, initial, confirmLabel, onClose }: Props) {
  const [path, setPath] = useState(initial);
  const input = useRef<HTMLInputElement>(null);
  // Once, on opening: focus the field with the file name selected, ready to be typed over.
  useEffect(() => {
    const el = input.current;
    if (!el) return;
    const value = el.value;
    const slash = Math.max(value.lastIndexOf('/'), value.lastIndexOf('\\'));
    const dot = value.lastIndexOf('.');
    el.focus();
    el.setSelectionRange(slash + 1, dot > slash + 1 ? dot : value.length);
  }, []);
  const submit = () => {
    if (path.trim()) onClose(path.trim());
  };
  return (
    <Modal
      title={title}
      testId="path-prompt"
      onCancel={() => onClose(undefined)}
      footer={
        <>
          <button type="button" className="btn" onClick={() => onClose(undefined)} data-testid="path-cancel">
            Cancel
          </button>
          <button type="button" className="btn btn--primary" onClick={submit} disabled={!path.trim()} data-testid="path-ok">
            {confirmLabel}
          </button>
        </>
      }
    >
      {message && <p className="modal__text">{message}</p>}
      <label className="modal__field">
        <span>File path</span>
        <input
          className="input input--mono"
          data-testid="path-input"
          value={path}
          ref={input}
          spellCheck={false}
          onChange={(e) => setPath(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') submit();
          }}
        />
      </label>
    </Modal>
  );
}
