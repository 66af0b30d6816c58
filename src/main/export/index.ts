import type { ExportFormat } from '../../shared/ipc/contract';
import type { Pipeline } from '../../shared/model/pipeline';
import { cloudFormationYaml } from './cloudformation';
import { toSvg } from './diagram/svg';

export { cloudFormationYaml, toCloudFormation } from './cloudformation';
export { toSvg } from './diagram/svg';
export { ExportError } from './errors';

/** What 'export:render' returns. */
export interface RenderedExport {
  content: string;
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

/** The pipeline in `format`, with the file name to suggest. Throws ExportError when it cannot be exported. */
export function renderExport(pipeline: Pipeline, format: ExportFormat): RenderedExport {
  const slug = fileSlug(pipeline.name);
  switch (format) {
    case 'cloudformation':
      return { content: cloudFormationYaml(pipeline), fileName: `${slug}.template.yaml`, mediaType: 'application/yaml' };
    case 'svg':
      return { content: toSvg(pipeline), fileName: `${slug}.svg`, mediaType: 'image/svg+xml' };
  }
}
