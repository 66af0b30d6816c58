import { useStore } from '../state/create-store';
import { exportDialogStore, suppressDialogStore, templateDialogStore, useDialogs } from './dialog-store';
import { FileDialogs } from '../files/FileDialogs';
import { ExportDialog } from './ExportDialog';
import { Modal } from './Modal';
import { PathPrompt } from './PathPrompt';
import { SuppressDialog } from './SuppressDialog';
import { TemplateDialog } from './TemplateDialog';

/** Renders the export, template and suppress dialogs and the stack of prompts, confirmations and errors. */
export function DialogHost() {
  const dialogs = useDialogs();
  const exportOpen = useStore(exportDialogStore);
  const templatesOpen = useStore(templateDialogStore);
  const suppressing = useStore(suppressDialogStore);
  return (
    <>
      {exportOpen && <ExportDialog onClose={() => exportDialogStore.set(false)} />}
      {templatesOpen && <TemplateDialog onClose={() => templateDialogStore.set(false)} />}
      {suppressing && <SuppressDialog key={`${suppressing.code}-${suppressing.nodeId ?? suppressing.edgeId ?? ''}`} finding={suppressing} onClose={() => suppressDialogStore.set(undefined)} />}
      {dialogs.map((d) => {
        switch (d.kind) {
          case 'path':
            return <PathPrompt key={d.id} title={d.title} message={d.message} initial={d.initial} confirmLabel={d.confirmLabel} onClose={d.resolve} />;
          case 'confirm':
            return (
              <Modal
                key={d.id}
                title={d.title}
                testId="confirm-dialog"
                onCancel={() => d.resolve(false)}
                footer={
                  <>
                    <button type="button" className="btn" onClick={() => d.resolve(false)} data-testid="confirm-cancel" autoFocus>
                      Cancel
                    </button>
                    <button type="button" className="btn btn--primary" onClick={() => d.resolve(true)} data-testid="confirm-ok">
                      {d.confirmLabel}
                    </button>
                  </>
                }
              >
                <p className="modal__text">{d.message}</p>
              </Modal>
            );
          case 'error':
            return (
              <Modal
                key={d.id}
                title={d.title}
                testId="error-dialog"
                onCancel={d.resolve}
                footer={
                  <button type="button" className="btn btn--primary" onClick={d.resolve} data-testid="error-ok" autoFocus>
                    OK
                  </button>
                }
              >
                <p className="modal__text modal__error" data-testid="error-message">
                  {d.message}
                </p>
              </Modal>
            );
        }
      })}
      <FileDialogs />
    </>
  );
}

