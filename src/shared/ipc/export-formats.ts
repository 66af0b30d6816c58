import type { ExportFormat } from './contract';

/** What main, the renderer and the CLI need to know about one export format. */
export interface ExportFormatInfo {
  /** Shown in the export dialog's format picker. */
  readonly title: string;
  /** Appended to the pipeline's file slug: "clickstream" + ".template.yaml". */
  readonly fileSuffix: string;
  readonly mediaType: string;
  /** How the export dialog previews it. */
  readonly preview: 'code' | 'image';
  /** The save dialog's file type filter. */
  readonly filter: { readonly name: string; readonly extensions: readonly string[] };
}

/** Every export format, keyed by the contract's one list (a format without an entry does not compile). */
export const EXPORT_FORMAT_INFO = {
  'cfn-yaml': {
    title: 'CloudFormation template (YAML)',
    fileSuffix: '.template.yaml',
    mediaType: 'application/yaml',
    preview: 'code',
    filter: { name: 'CloudFormation template', extensions: ['yaml', 'yml'] },
  },
  'cfn-json': {
    title: 'CloudFormation template (JSON)',
    fileSuffix: '.template.json',
    mediaType: 'application/json',
    preview: 'code',
    filter: { name: 'CloudFormation template', extensions: ['json'] },
  },
  'asl': {
    title: 'Step Functions state machine (ASL)',
    fileSuffix: '.asl.json',
    mediaType: 'application/json',
    preview: 'code',
    filter: { name: 'Amazon States Language', extensions: ['json'] },
  },
  'svg': {
    title: 'Diagram (SVG)',
    fileSuffix: '.svg',
    mediaType: 'image/svg+xml',
    preview: 'image',
    filter: { name: 'SVG image', extensions: ['svg'] },
  },
  'png': {
    title: 'Diagram (PNG)',
    fileSuffix: '.png',
    mediaType: 'image/png',
    preview: 'image',
    filter: { name: 'PNG image', extensions: ['png'] },
  },
  'drawio': {
    title: 'Diagram (draw.io)',
    fileSuffix: '.drawio',
    mediaType: 'application/vnd.jgraph.mxfile',
    preview: 'code',
    filter: { name: 'draw.io diagram', extensions: ['drawio'] },
  },
  'mermaid': {
    title: 'Diagram (Mermaid flowchart)',
    fileSuffix: '.mmd',
    mediaType: 'text/plain',
    preview: 'code',
    filter: { name: 'Mermaid diagram', extensions: ['mmd', 'mermaid'] },
  },
} as const satisfies Record<ExportFormat, ExportFormatInfo>;
