import { Modal } from '../dialogs/Modal';
import { useStore } from '../state/create-store';
import { discardOffered, postponeOffered, recoveryOfferStore, restoreOffered } from './recovery';

/** "Restore unsaved work from <time>?": Restore, Discard, or decide later (Escape). */
export function RecoveryDialog() {
  const offer = useStore(recoveryOfferStore);
  if (!offer) return null;
  const { entry, more, busy } = offer;
  const time = new Date(entry.savedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
  return (
    <Modal
      title="Restore unsaved work?"
      testId="recovery-dialog"
      onCancel={postponeOffered}
      footer={
        <>
          <button type="button" className="btn btn--danger" onClick={() => void discardOffered()} disabled={busy} data-testid="recovery-discard">
            Discard
          </button>
          <span className="modal__spacer" />
          <button type="button" className="btn" onClick={postponeOffered} disabled={busy} data-testid="recovery-later">
            Later
          </button>
          <button type="button" className="btn btn--primary" onClick={() => void restoreOffered()} disabled={busy} data-testid="recovery-restore" autoFocus>
            Restore
          </button>
        </>
      }
    >
      <p className="modal__text" data-testid="recovery-message">
        Pipewright closed before “{entry.name || 'Untitled'}” was saved. Restore unsaved work from {time}?
      </p>
      {entry.path && <p className="modal__text recent__path">{entry.path}</p>}
      {more > 0 && <p className="modal__text">{more === 1 ? 'One more recovered pipeline is' : `${more} more recovered pipelines are`} offered after this one, or at the next start.</p>}
    </Modal>
  );
}
