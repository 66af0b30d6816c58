import { buildPipeline, node } from './build';
import type { PipelineTemplate, TemplateParts } from './types';

const about = {
  title: 'Real-time layer',
  description:
    'Devices publish over MQTT to IoT Core, whose rule puts readings into a Kinesis data stream. Managed Flink scores them with Random Cut Forest and a Lambda raises alerts; the stream also feeds a Firehose writing Parquet, partitioned by date, to the data lake, and another Firehose loading Redshift through an S3 staging bucket.',
};

/** The nodes and edges, reused by the data lake template. */
export const realTimeLayerParts: TemplateParts = {
  nodes: [
    node('device-fleet', 'devices', 'Sensor fleet', [0, 2]),
    node('iot-core', 'iot', 'IoT Core (MQTT)', [1, 2]),
    node('kinesis-data-stream', 'readings', 'Sensor readings', [2, 2]),
    node('kinesis-analytics', 'anomalies', 'Anomaly detection', [3, 0], {
      application: { runtime: 'FLINK', flinkVersion: 'FLINK-1_20', function: 'RANDOM_CUT_FOREST', parallelism: 1, parallelismPerKpu: 1, autoScaling: true, checkpointing: true },
    }),
    node('lambda', 'alerts', 'Alerting', [4, 0]),
    node('glue-data-catalog', 'catalog', 'Data lake catalog', [2, 4], { databaseName: 'sensors' }),
    node('kinesis-firehose', 'to-lake', 'Lake delivery', [3, 2], {
      bufferSizeMiB: 64,
      bufferIntervalSeconds: 300,
      prefix: 'readings/year=!{timestamp:yyyy}/month=!{timestamp:MM}/day=!{timestamp:dd}/',
      errorOutputPrefix: 'errors/!{firehose:error-output-type}/',
      recordFormatConversion: { format: 'Parquet', compression: 'SNAPPY', inputFormat: 'OpenX JSON', databaseName: 'sensors', tableName: 'readings' },
    }),
    node('s3-bucket', 'lake', 'Data lake (Parquet)', [4, 2], { partitioning: { scheme: 'year/month/day/hour' } }),
    node('kinesis-firehose', 'to-warehouse', 'Warehouse delivery', [3, 3]),
    node('redshift', 'warehouse', 'Warehouse', [4, 3], { enhancedVpcRouting: true }),
    node('s3-bucket', 'staging', 'Redshift staging', [4, 4]),
  ],
  edges: [
    ['devices', 'iot'],
    ['iot', 'readings'],
    ['readings', 'anomalies'],
    ['anomalies', 'alerts'],
    ['readings', 'to-lake'],
    ['catalog', 'to-lake'],
    ['to-lake', 'lake'],
    ['readings', 'to-warehouse'],
    ['to-warehouse', 'warehouse'],
    ['to-warehouse', 'staging'],
  ],
};

export const realTimeLayer: PipelineTemplate = {
  id: 'real-time-layer',
  ...about,
  build: () => buildPipeline(about, realTimeLayerParts.nodes, realTimeLayerParts.edges),
};
