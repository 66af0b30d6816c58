import { useEffect, useRef, useState } from 'react';
import { FINDING_CODES } from '../../shared/findings/codes';
import type { Finding } from '../../shared/findings/finding';
import { suppressFinding } from '../panels/finding-actions';
import { targetLabel } from '../panels/findings-view';
import { documentStore } from '../state/document';
import { Modal } from './Modal';

/**
 * "Suppress…": asks why a finding is accepted. The justification is required (OK stays disabled
 * without one); OK adds `{ code, target, justification }` to the pipeline as one undoable step.
 */
export function SuppressDialog({ finding, onClose }: { finding: Finding; onClose: () => void }) {
  const [text, setText] = useState(finding.suppressed?.justification ?? '');
  const input = useRef<HTMLTextAreaElement>(null);
  // After the dialog has opened (its effect runs first): the text is what it is there for.
  useEffect(() => input.current?.focus(), []);
  const ok = text.trim().length > 0;
  const entry = FINDING_CODES[finding.code];
  const where = targetLabel(documentStore.getState().pipeline, finding);
  const submit = () => {
    if (!ok) return;
    suppressFinding(finding, text);
    onClose();
  };
  return (
    <Modal
      title={`Suppress ${finding.code}`}
      testId="suppress-dialog"
      onCancel={onClose}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose} data-testid="suppress-cancel">
            Cancel
          </button>
          <button type="button" className="btn btn--primary" onClick={submit} disabled={!ok} data-testid="suppress-ok" title={ok ? undefined : 'Write why first'}>
            Suppress
          </button>
        </>
      }
    >
      <p className="modal__text">
        <strong>{entry?.title ?? finding.code}</strong>: {finding.message}
      </p>
      <p className="modal__text suppress__scope">
        {where ? `Accepted on ${where} only.` : `Accepted for the whole pipeline: every ${finding.code} finding.`} It stays listed, marked suppressed, and no longer
        counts as a problem. The reason is saved in the pipeline file.
      </p>
      <label className="modal__field">
        <span>Justification (required)</span>
        <textarea
          className="input"
          rows={4}
          data-testid="suppress-justification"
          placeholder="Why this is acceptable here, for whoever reads the pipeline next"
          value={text}
          required
          aria-required="true"
          ref={input}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit();
          }}
        />
      </label>
    </Modal>
  );
}
