import { useEffect, useState } from 'react';
import type { ExportFormat } from '../../shared/ipc/contract';
import type { Pipeline } from '../../shared/model/pipeline';
import { api } from '../api/client';
import { usePipeline } from '../state/document';

export type Preview =
  | { status: 'loading' }
  | { status: 'ready'; content: string; encoding: 'utf8' | 'base64'; fileName: string; mediaType: string }
  | { status: 'error'; message: string };

/** Renders the current document in `format` through main; re-renders when either changes (latest wins). */
export function useExportPreview(format: ExportFormat): Preview {
  const pipeline = usePipeline();
  const [rendered, setRendered] = useState<{ pipeline: Pipeline; format: ExportFormat; preview: Preview }>();
  useEffect(() => {
    let current = true;
    api.renderExport({ pipeline, format }).then(
      (out) => current && setRendered({ pipeline, format, preview: { status: 'ready', ...out } }),
      (error: Error) => current && setRendered({ pipeline, format, preview: { status: 'error', message: error.message } }),
    );
    return () => {
      current = false;
    };
  }, [pipeline, format]);
  return rendered && rendered.pipeline === pipeline && rendered.format === format ? rendered.preview : { status: 'loading' };
}
