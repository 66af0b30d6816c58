import { useState } from 'react';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/ipc/contract';
import { EXPORT_FORMAT_INFO } from '../../shared/ipc/export-formats';
import { api, transportKind } from '../api/client';
import { appInfoStore } from '../state/app-info';
import { documentStore } from '../state/document';
import { joinPath } from '../util/paths';
import { askPath } from './dialog-store';
import { ExportPreview } from './ExportPreview';
import { Modal } from './Modal';
import { useExportPreview } from './useExportPreview';

/** Export: choose a format, preview what main renders, save it to a file. */
export function ExportDialog({ onClose }: { onClose: () => void }) {
  const [format, setFormat] = useState<ExportFormat>('cfn-yaml');
  const [outcome, setOutcome] = useState<{ saved?: string; error?: string }>({});
  const [saving, setSaving] = useState(false);
  const preview = useExportPreview(format);

  async function save() {
    const info = appInfoStore.get();
    const pipeline = documentStore.getState().pipeline;
    setOutcome({});
    let path: string | undefined;
    if (!(info?.nativeDialogs ?? transportKind === 'electron')) {
      const fileName = preview.status === 'ready' ? preview.fileName : `pipeline${EXPORT_FORMAT_INFO[format].fileSuffix}`;
      path = await askPath({ title: 'Save export', initial: joinPath(info?.documentsDir ?? '', fileName), confirmLabel: 'Save' });
      if (!path) return;
    }
    setSaving(true);
    try {
      const result = await api.saveExport({ pipeline, format, path });
      if (result.status === 'saved') setOutcome({ saved: result.path });
    } catch (error) {
      setOutcome({ error: (error as Error).message });
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      title="Export"
      testId="export-dialog"
      size="large"
      onCancel={onClose}
      footer={
        <>
          <div className="export__outcome">
            {outcome.saved && <span data-testid="export-saved">Saved to {outcome.saved}</span>}
            {outcome.error && (
              <span className="export__error-inline" role="alert" data-testid="export-save-error">
                {outcome.error}
              </span>
            )}
          </div>
          <button type="button" className="btn" onClick={onClose} data-testid="export-close">
            Close
          </button>
          <button type="button" className="btn btn--primary" onClick={() => void save()} disabled={preview.status !== 'ready' || saving} data-testid="export-save">
            Save…
          </button>
        </>
      }
    >
      <label className="modal__field modal__field--inline">
        <span>Format</span>
        <select className="select" value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)} data-testid="export-format">
          {EXPORT_FORMATS.map((f) => (
            <option key={f} value={f}>
              {EXPORT_FORMAT_INFO[f].title}
            </option>
          ))}
        </select>
        {preview.status === 'ready' && <span className="muted export__filename">{preview.fileName}</span>}
      </label>
      <ExportPreview format={format} preview={preview} />
    </Modal>
  );
}
