import type { ExportFormat } from '../../shared/ipc/contract';
import { EXPORT_FORMAT_INFO } from '../../shared/ipc/export-formats';
import type { Preview } from './useExportPreview';

type Ready = Extract<Preview, { status: 'ready' }>;

/** The export as an image source: the CSP allows data: images, and nothing is written to disk. */
function dataUri({ content, encoding, mediaType }: Ready): string {
  return encoding === 'base64' ? `data:${mediaType};base64,${content}` : `data:${mediaType};charset=utf-8,${encodeURIComponent(content)}`;
}

/** What main rendered, as the format is best looked at: images for diagrams, text for the rest. */
export function ExportPreview({ format, preview }: { format: ExportFormat; preview: Preview }) {
  if (preview.status === 'loading') return <div className="export__placeholder">Rendering…</div>;
  if (preview.status === 'error') {
    return (
      <div className="export__error" role="alert" data-testid="export-error">
        {preview.message}
      </div>
    );
  }
  if (EXPORT_FORMAT_INFO[format].preview === 'image') {
    return (
      <div className="export__diagram">
        <div className="export__image">
          <img src={dataUri(preview)} alt="Diagram preview" data-testid="export-preview-image" />
        </div>
        {preview.encoding === 'utf8' && (
          <details>
            <summary>Source</summary>
            <pre className="export__code" data-testid="export-preview">
              {preview.content}
            </pre>
          </details>
        )}
      </div>
    );
  }
  return (
    <pre className="export__code export__code--tall" data-testid="export-preview">
      {preview.content}
    </pre>
  );
}
