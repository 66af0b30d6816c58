import { buildPipeline, node } from './build';
import type { PipelineTemplate, TemplateParts } from './types';

/** The Firehose lab of the domain notes: producers put records, Firehose buffers them into S3 objects. */
const about = {
  title: 'Firehose lab',
  description: 'Application producers put records into a Firehose delivery stream, which buffers them (5 MiB or 300 s) and writes objects to an encrypted S3 bucket.',
};

/** The nodes and edges, reused by the data lake template. */
export const firehoseLabParts: TemplateParts = {
  nodes: [
    node('app-producer', 'producers', 'Clickstream producers', [0, 0], { recordsPerSecond: 10, recordSizeBytes: 1_024 }),
    node('kinesis-firehose', 'delivery', 'Clickstream delivery', [1, 0]),
    node('s3-bucket', 'raw', 'Raw clickstream', [2, 0]),
  ],
  edges: [
    ['producers', 'delivery'],
    ['delivery', 'raw'],
  ],
};

export const firehoseLab: PipelineTemplate = {
  id: 'firehose-lab',
  ...about,
  build: () => buildPipeline(about, firehoseLabParts.nodes, firehoseLabParts.edges),
};
