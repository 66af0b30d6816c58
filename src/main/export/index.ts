import type { ExportFormat } from '../../shared/ipc/contract';
import { EXPORT_FORMAT_INFO } from '../../shared/ipc/export-formats';
import type { Pipeline } from '../../shared/model/pipeline';
import { cloudFormationYaml, toCloudFormation } from './cloudformation';
import { toDrawio } from './diagram/drawio';
import { toMermaid } from './diagram/mermaid';
import { toPng } from './diagram/png';
import { toSvg } from './diagram/svg';
import { renderAsl } from './step-functions';

export { cloudFormationYaml, toCloudFormation } from './cloudformation';
export { toSvg } from './diagram/svg';
export { ExportError } from './errors';

/** What 'export:render' returns: binary formats (PNG) come base64-encoded. */
export interface RenderedExport {
  content: string;
  encoding: 'utf8' | 'base64';
  fileName: string;
  mediaType: string;
}

/** "Clickstream (prod)" → "clickstream-prod": safe as a file name on every system. */
export function fileSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
  return slug === '' ? 'pipeline' : slug;
}

/** The same template as the YAML export, as 2-space JSON. Same pipeline, same text. */
export function cloudFormationJson(pipeline: Pipeline): string {
  return `${JSON.stringify(toCloudFormation(pipeline), null, 2)}\n`;
}

/** The export's content: text, or for a binary format its bytes. */
async function renderContent(pipeline: Pipeline, format: ExportFormat): Promise<string | Uint8Array> {
  switch (format) {
    case 'cfn-yaml':
      return cloudFormationYaml(pipeline);
    case 'cfn-json':
      return cloudFormationJson(pipeline);
    case 'asl':
      return renderAsl(pipeline);
    case 'svg':
      return toSvg(pipeline);
    case 'png':
      return toPng(pipeline);
    case 'drawio':
      return toDrawio(pipeline);
    case 'mermaid':
      return toMermaid(pipeline);
  }
}

/** The pipeline in `format`, with the file name to suggest. Rejects with ExportError when it cannot be exported. */
export async function renderExport(pipeline: Pipeline, format: ExportFormat): Promise<RenderedExport> {
  const info = EXPORT_FORMAT_INFO[format];
  const content = await renderContent(pipeline, format);
  const text = typeof content === 'string';
  return {
    content: text ? content : Buffer.from(content).toString('base64'),
    encoding: text ? 'utf8' : 'base64',
    fileName: `${fileSlug(pipeline.name)}${info.fileSuffix}`,
    mediaType: info.mediaType,
  };
}

/** The bytes to write for a rendered export. */
export function exportBytes(rendered: RenderedExport): Buffer {
  return Buffer.from(rendered.content, rendered.encoding);
}
