import { buildPipeline, node } from './build';
import type { PipelineTemplate, TemplateParts } from './types';

const about = {
  title: 'Analytics layer',
  description:
    'The S3 data lake, described by the Glue Data Catalog, is queried by Athena and by Redshift Spectrum, both visualised in QuickSight; EMR processes the lake with Spark, and SageMaker trains from it through an S3 gateway endpoint. A KMS key encrypts the lake.',
};

/** The nodes and edges, reused by the data lake template. */
export const analyticsLayerParts: TemplateParts = {
  nodes: [
    node('kms-key', 'key', 'Lake key', [0, 0], { alias: 'alias/data-lake' }),
    node('s3-bucket', 'lake', 'Data lake', [1, 1], { encryption: 'SSE-KMS' }),
    node('glue-data-catalog', 'catalog', 'Data catalog', [1, 3], { databaseName: 'lake' }),
    node('athena', 'athena', 'Ad-hoc queries', [2, 1]),
    node('redshift', 'warehouse', 'Warehouse + Spectrum', [2, 2], { spectrum: { enabled: true, externalSchema: 'lake' }, enhancedVpcRouting: true }),
    node('quicksight', 'dashboards', 'Dashboards', [3, 1]),
    node('emr-cluster', 'spark', 'Spark processing', [2, 0]),
    node('vpc-endpoint', 'gateway', 'S3 gateway endpoint', [2, 3]),
    node('sagemaker', 'training', 'Model training', [3, 3], { vpc: true }),
  ],
  edges: [
    ['key', 'lake'],
    ['lake', 'athena'],
    ['catalog', 'athena'],
    ['athena', 'dashboards'],
    ['lake', 'warehouse'],
    ['catalog', 'warehouse'],
    ['warehouse', 'dashboards'],
    ['lake', 'spark'],
    ['catalog', 'spark'],
    ['spark', 'lake'],
    ['lake', 'gateway'],
    ['gateway', 'training'],
  ],
};

export const analyticsLayer: PipelineTemplate = {
  id: 'analytics-layer',
  ...about,
  build: () => buildPipeline(about, analyticsLayerParts.nodes, analyticsLayerParts.edges),
};
