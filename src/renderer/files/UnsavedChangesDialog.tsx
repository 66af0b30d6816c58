import { useStore } from '../state/create-store';
import { Modal } from '../dialogs/Modal';
import { unsavedQuestionStore } from './unsaved-changes';

/** "Save changes to “name” before …?" with Save, Don't save and Cancel (Escape cancels). */
export function UnsavedChangesDialog() {
  const question = useStore(unsavedQuestionStore);
  if (!question) return null;
  const { name, action, resolve } = question;
  return (
    <Modal
      title="Unsaved changes"
      testId="unsaved-dialog"
      onCancel={() => resolve('cancel')}
      footer={
        <>
          <button type="button" className="btn" onClick={() => resolve('discard')} data-testid="unsaved-discard">
            Don’t save
          </button>
          <span className="modal__spacer" />
          <button type="button" className="btn" onClick={() => resolve('cancel')} data-testid="unsaved-cancel">
            Cancel
          </button>
          <button type="button" className="btn btn--primary" onClick={() => resolve('save')} data-testid="unsaved-save" autoFocus>
            Save
          </button>
        </>
      }
    >
      <p className="modal__text" data-testid="unsaved-message">
        Save the changes to “{name}” before you {action.charAt(0).toLowerCase() + action.slice(1)}? If you don’t save, they are lost.
      </p>
    </Modal>
  );
}
