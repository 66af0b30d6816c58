import { createRequire } from 'node:module';
import { defaultConfig, KIND_IDS } from '../../../shared/catalog/registry';
import { PIPELINE_VERSION, PipelineSchema, type Pipeline } from '../../../shared/model/pipeline';

// Helpers for the diagram exporters' tests.

// jsdom ships no type declarations here: load it through require and type the little we use.
export interface XmlElement {
  tagName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): XmlElement | null;
}
export interface XmlDocument {
  documentElement: XmlElement;
  querySelectorAll(selector: string): ArrayLike<XmlElement>;
}
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (text: string, options: { contentType: string }) => { window: { document: XmlDocument } };
};

/** Parses as strict XML: jsdom throws on anything malformed. */
export const parseXml = (text: string, contentType = 'application/xml'): XmlDocument => new JSDOM(text, { contentType }).window.document;

/** One node of every kind on a grid, with a data, a control and a metadata edge. */
export function everyKindPipeline(): Pipeline {
  return PipelineSchema.parse({
    format: 'pipewright',
    version: PIPELINE_VERSION,
    name: 'Every kind',
    nodes: KIND_IDS.map((kind, i) => ({ id: kind, kind, label: '', position: { x: (i % 6) * 280, y: Math.floor(i / 6) * 160 }, config: defaultConfig(kind) })),
    edges: [
      { id: 'data', source: 'kinesis-data-stream', target: 'kinesis-firehose' },
      { id: 'control', source: 'schedule', target: 'glue-etl-job' },
      { id: 'metadata', source: 'glue-crawler', target: 'glue-data-catalog' },
    ],
    simulation: {},
  });
}
