import { buildPipeline, node } from './build';
import type { PipelineTemplate, TemplateParts } from './types';

const about = {
  title: 'Batch layer',
  description:
    'DMS copies an on-premises database (full load, then ongoing changes) and DataSync copies a file share into a raw S3 bucket. Every night a schedule starts a Step Functions workflow that runs a Glue crawler to catalogue the raw data, a Glue ETL job that writes Parquet to a processed bucket, and an AWS Batch job that turns it into reports.',
};

/** The nodes and edges, reused by the data lake template. */
export const batchLayerParts: TemplateParts = {
  nodes: [
    node('onprem-database', 'orders-db', 'Orders database', [0, 0]),
    node('dms', 'dms', 'Database migration', [1, 0], { migrationType: 'full-load-and-cdc' }),
    node('onprem-fileshare', 'share', 'File share', [0, 1]),
    node('datasync', 'datasync', 'File transfer', [1, 1]),
    node('s3-bucket', 'raw', 'Raw zone', [2, 0.5]),
    node('glue-crawler', 'crawler', 'Raw crawler', [3, 0]),
    node('glue-data-catalog', 'catalog', 'Data catalog', [4, 0], { databaseName: 'raw' }),
    node('glue-etl-job', 'etl', 'Raw to Parquet', [5, 1], { outputFormat: 'parquet' }),
    node('s3-bucket', 'processed', 'Processed zone', [6, 1]),
    node('batch-job', 'batch', 'Nightly report', [7, 1]),
    node('s3-bucket', 'reports', 'Reports', [8, 1]),
    node('schedule', 'nightly', 'Every night at 02:00', [3, 2.5], { expression: 'cron(0 2 * * ? *)' }),
    node('step-functions', 'workflow', 'Nightly workflow', [4, 2.5]),
  ],
  edges: [
    ['orders-db', 'dms'],
    ['dms', 'raw'],
    ['share', 'datasync'],
    ['datasync', 'raw'],
    ['raw', 'crawler'],
    ['crawler', 'catalog'],
    ['raw', 'etl'],
    ['catalog', 'etl'],
    ['etl', 'processed'],
    ['processed', 'batch'],
    ['batch', 'reports'],
    ['nightly', 'workflow'],
    ['workflow', 'crawler'],
    ['workflow', 'etl'],
    ['workflow', 'batch'],
  ],
};

export const batchLayer: PipelineTemplate = {
  id: 'batch-layer',
  ...about,
  build: () => buildPipeline(about, batchLayerParts.nodes, batchLayerParts.edges),
};
