import type { ConfigOf } from '../../../../shared/catalog/registry';
import type { Pipeline } from '../../../../shared/model/pipeline';
import { buildPipeline, node } from '../../../../shared/templates/build';

/**
 * Small pipelines around the streaming and ingest kinds (Kinesis, Firehose, producers, IoT Core,
 * Flink, video, Lambda, Rekognition), each connecting a kind to its usual neighbours. The
 * streaming tests check their resources and grants; the validator tests run AWS's checkers on all.
 */

export const TRANSFORM_ARN = 'arn:aws:lambda:us-east-1:123456789012:function:enrich-clicks';
export const HEC_SECRET_ARN = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:splunk-hec-AbCdEf';

const build = (title: string, nodes: Parameters<typeof buildPipeline>[1], edges: Parameters<typeof buildPipeline>[2]): Pipeline =>
  buildPipeline({ title, description: `${title} (test fixture)` }, nodes, edges);

/** Producers → a data stream with consumers and its own key → Lambda (stream settings) → DynamoDB table. */
export function streamToLambda(options: { stream?: Partial<ConfigOf<'kinesis-data-stream'>>; lambda?: Partial<ConfigOf<'lambda'>> } = {}): Pipeline {
  return build(
    'Stream to Lambda',
    [
      node('app-producer', 'app', 'Clicks app', [0, 0]),
      node('kms-key', 'key', 'Stream key', [0, 1]),
      node('kinesis-data-stream', 'stream', 'Click stream', [1, 0], {
        capacity: { mode: 'provisioned', shardCount: 2 },
        retentionHours: 48,
        enhancedFanOutConsumers: [{ name: 'fraud-check' }, { name: 'audit_log' }],
        ...options.stream,
      }),
      node('lambda', 'fn', 'Score clicks', [2, 0], {
        batchSize: 250,
        batchingWindowSeconds: 5,
        parallelizationFactor: 2,
        startingPosition: 'TRIM_HORIZON',
        concurrency: { mode: 'reserved', executions: 5 },
        memoryMiB: 512,
        timeoutSeconds: 60,
        ...options.lambda,
      }),
      node('dynamodb-table', 'table', 'Click scores', [3, 0]),
    ],
    [
      ['app', 'stream'],
      ['key', 'stream'],
      ['stream', 'fn'],
      ['fn', 'table'],
    ],
  );
}

/** A named on-demand stream → Firehose (Parquet via the catalog, JQ partitioning, full backup) → lake bucket, backup bucket. */
export function streamToLake(firehose: Partial<ConfigOf<'kinesis-firehose'>> = {}): Pipeline {
  return build(
    'Stream to lake',
    [
      node('kinesis-data-stream', 'stream', 'Clicks', [0, 0], { streamName: 'clicks', capacity: { mode: 'on-demand' }, encryption: 'none' }),
      node('glue-data-catalog', 'catalog', 'Lake catalog', [0, 1], { databaseName: 'web', tables: [{ name: 'clicks', location: '', format: 'Parquet', partitionKeys: [] }] }),
      node('kinesis-firehose', 'fh', 'Lake delivery', [1, 0], {
        bufferSizeMiB: 64,
        bufferIntervalSeconds: 120,
        prefix: 'clicks/customer=!{partitionKeyFromQuery:customer}/!{timestamp:yyyy}/',
        errorOutputPrefix: 'failed/!{firehose:error-output-type}/',
        recordFormatConversion: { format: 'Parquet', compression: 'SNAPPY', inputFormat: 'OpenX JSON', databaseName: '', tableName: 'clicks' },
        dynamicPartitioning: { enabled: true, partitionKeys: [{ name: 'customer', source: 'JQ query', expression: '.customer.id' }] },
        s3BackupMode: 'All',
        ...firehose,
      }),
      node('s3-bucket', 'lake', 'Lake', [2, 0]),
      node('s3-bucket', 'backup', 'Source backup', [2, 1]),
    ],
    [
      ['stream', 'fh'],
      ['catalog', 'fh'],
      ['fh', 'lake'],
      ['fh', 'backup'],
    ],
  );
}

/** Direct PUT with the delivery stream's own key and a Lambda transform → an SSE-KMS bucket encrypted with another key. */
export function directPutEncrypted(firehose: Partial<ConfigOf<'kinesis-firehose'>> = {}): Pipeline {
  return build(
    'Direct PUT',
    [
      node('app-producer', 'app', 'Web app', [0, 0]),
      node('kms-key', 'fhkey', 'Delivery key', [0, 1]),
      node('kinesis-firehose', 'fh', 'Click delivery', [1, 0], {
        compression: 'GZIP',
        prefix: 'clicks/',
        lambdaTransform: { enabled: true, functionArn: TRANSFORM_ARN, bufferSizeMiB: 2, bufferIntervalSeconds: 120 },
        ...firehose,
      }),
      node('kms-key', 'bucketkey', 'Bucket key', [1, 1]),
      node('s3-bucket', 'bucket', 'Click archive', [2, 0], { encryption: 'SSE-KMS' }),
    ],
    [
      ['app', 'fh'],
      ['fhkey', 'fh'],
      ['fh', 'bucket'],
      ['bucketkey', 'bucket'],
    ],
  );
}

/** A stream → Firehose → Redshift (provisioned), through its staging bucket. */
export function toRedshift(firehose: Partial<ConfigOf<'kinesis-firehose'>> = {}, redshift: Partial<ConfigOf<'redshift'>> = {}): Pipeline {
  return build(
    'To Redshift',
    [
      node('kinesis-data-stream', 'stream', 'Orders', [0, 0]),
      node('kinesis-firehose', 'fh', 'Orders load', [1, 0], { compression: 'GZIP', retryDurationSeconds: 600, s3BackupMode: 'All', ...firehose }),
      node('redshift', 'dw', 'Warehouse', [2, 0], redshift),
      node('s3-bucket', 'staging', 'Orders staging', [2, 1]),
    ],
    [
      ['stream', 'fh'],
      ['fh', 'dw'],
      ['fh', 'staging'],
    ],
  );
}

/** Producers → Firehose → OpenSearch, Splunk or its HTTP endpoint, always with its backup bucket. */
export function toSearch(destination: 'opensearch' | 'splunk' | 'http', firehose: Partial<ConfigOf<'kinesis-firehose'>> = {}): Pipeline {
  const http = destination === 'http' ? { httpEndpoint: { enabled: true, name: 'Collector', url: 'https://collector.example.com/ingest' } } : {};
  const target =
    destination === 'opensearch'
      ? [node('opensearch', 'dest', 'Log search', [2, 0])]
      : destination === 'splunk'
        ? [node('splunk', 'dest', 'Splunk', [2, 0], { hecTokenSecretArn: HEC_SECRET_ARN, hecEndpointType: 'Event', retryDurationSeconds: 900 })]
        : [];
  const pipeline = build(
    `To ${destination}`,
    [node('app-producer', 'app', 'Services', [0, 0]), node('kinesis-firehose', 'fh', 'Log delivery', [1, 0], { ...http, ...firehose }), ...target, node('s3-bucket', 'backup', 'Log backup', [2, 1])],
    [['app', 'fh'], ...(target.length > 0 ? [['fh', 'dest'] as const] : []), ['fh', 'backup']],
  );
  // Drawn alone, the bucket would take the free destination port; with an HTTP endpoint it is the backup.
  for (const edge of pipeline.edges) if (edge.target === 'backup') edge.sourcePort = 'staging';
  return pipeline;
}

/** Devices → IoT Core with two rules → a stream, a function, a bucket (error action), a Firehose to a bucket and a table. */
export function iotRules(iot: Partial<ConfigOf<'iot-core'>> = {}): Pipeline {
  return build(
    'IoT rules',
    [
      node('device-fleet', 'devices', 'Sensors', [0, 0]),
      node('iot-core', 'iot', 'Telemetry rules', [1, 0], {
        rules: [
          { name: 'telemetry_in', sql: "SELECT * FROM 'devices/+/telemetry'", sqlVersion: '2016-03-23', actions: ['Kinesis', 'Lambda', 'Sqs'], errorAction: 'S3' },
          { name: 'alerts_in', sql: "SELECT * FROM 'devices/+/alerts' WHERE level > 2", sqlVersion: '2015-10-08', actions: ['Firehose', 'DynamoDBv2'], errorAction: 'none' },
        ],
        ingestPath: 'Basic Ingest',
        ...iot,
      }),
      node('kinesis-data-stream', 'stream', 'Telemetry', [2, 0], { partitionKeyStrategy: 'random' }),
      node('lambda', 'fn', 'Check thresholds', [2, 1]),
      node('s3-bucket', 'errors', 'Rule errors', [2, 2]),
      node('kinesis-firehose', 'fh', 'Alert delivery', [2, 3]),
      node('s3-bucket', 'alerts', 'Alert archive', [3, 3]),
      node('dynamodb-table', 'table', 'Alert state', [2, 4]),
    ],
    [
      ['devices', 'iot'],
      ['iot', 'stream'],
      ['iot', 'fn'],
      ['iot', 'errors'],
      ['iot', 'fh'],
      ['fh', 'alerts'],
      ['iot', 'table'],
    ],
  );
}

/** A stream → Flink (with S3 reference data) → another stream, a Firehose to a bucket, and a function. */
export function flinkApplication(analytics: Partial<ConfigOf<'kinesis-analytics'>> = {}): Pipeline {
  return build(
    'Flink',
    [
      node('kinesis-data-stream', 'in', 'Readings', [0, 0]),
      node('s3-bucket', 'ref', 'Thresholds', [0, 1]),
      node('kinesis-analytics', 'app', 'Anomalies', [1, 0], {
        application: { runtime: 'FLINK', flinkVersion: 'FLINK-1_19', function: 'RANDOM_CUT_FOREST', parallelism: 4, parallelismPerKpu: 2, autoScaling: false, checkpointing: false },
        ...analytics,
      }),
      node('kinesis-data-stream', 'out', 'Anomaly scores', [2, 0]),
      node('kinesis-firehose', 'fh', 'Score delivery', [2, 1]),
      node('s3-bucket', 'scores', 'Score archive', [3, 1]),
      node('lambda', 'alert', 'Alert', [2, 2]),
    ],
    [
      ['in', 'app'],
      ['ref', 'app'],
      ['app', 'out'],
      ['app', 'fh'],
      ['fh', 'scores'],
      ['app', 'alert'],
    ],
  );
}

/** Cameras → a video stream (own key) → Rekognition: face search into a stream, or connected home into a bucket. */
export function videoAnalysis(mode: ConfigOf<'rekognition-video'>['mode'], rekognition: Partial<ConfigOf<'rekognition-video'>> = {}): Pipeline {
  const output = mode === 'face-search' ? node('kinesis-data-stream', 'out', 'Face matches', [3, 0]) : node('s3-bucket', 'out', 'Detections', [3, 0]);
  return build(
    `Video ${mode}`,
    [
      node('camera-fleet', 'cameras', 'Door cameras', [0, 0]),
      node('kms-key', 'key', 'Video key', [0, 1]),
      node('kinesis-video-stream', 'video', 'Door video', [1, 0], { retentionHours: 72, mediaType: 'video/h264,audio/aac', encryption: 'customer managed key' }),
      node('rekognition-video', 'rek', 'Door watcher', [2, 0], { mode, ...rekognition }),
      output,
    ],
    [
      ['cameras', 'video'],
      ['key', 'video'],
      ['video', 'rek'],
      ['rek', 'out'],
    ],
  );
}

/** Table changes → a Java function in the VPC writing to RDS, OpenSearch, Redshift and a Firehose; a bucket also invokes it. */
export function lambdaInVpc(lambda: Partial<ConfigOf<'lambda'>> = {}): Pipeline {
  return build(
    'Lambda in VPC',
    [
      node('dynamodb-table', 'table', 'Orders', [0, 0], { stream: { enabled: true, viewType: 'NEW_IMAGE' } }),
      node('s3-bucket', 'uploads', 'Uploads', [0, 1]),
      node('lambda', 'fn', 'Sync orders', [1, 0], { runtime: 'java21', ...lambda }),
      node('rds', 'db', 'Orders DB', [2, 0]),
      node('opensearch', 'search', 'Order search', [2, 1]),
      node('redshift', 'dw', 'Order warehouse', [2, 2], { deployment: { mode: 'serverless', baseRpu: 8, maxRpu: null } }),
      node('kinesis-firehose', 'fh', 'Order events', [2, 3]),
      node('s3-bucket', 'events', 'Order event archive', [3, 3]),
    ],
    [
      ['table', 'fn'],
      ['uploads', 'fn'],
      ['fn', 'db'],
      ['fn', 'search'],
      ['fn', 'dw'],
      ['fn', 'fh'],
      ['fh', 'events'],
    ],
  );
}

/** A function writing to a bucket through an S3 gateway endpoint, which puts it in the VPC. */
export function lambdaViaEndpoint(): Pipeline {
  return build('Via endpoint', [node('lambda', 'fn', 'Writer', [0, 0]), node('vpc-endpoint', 'vpce', 'S3 endpoint', [1, 0]), node('s3-bucket', 'b', 'Out', [2, 0])], [
    ['fn', 'vpce'],
    ['vpce', 'b'],
  ]);
}

/** Every fixture, by name, for the validator tests. */
export function streamingFixtures(): Record<string, Pipeline> {
  return {
    'stream to Lambda': streamToLambda(),
    'stream to lake': streamToLake(),
    'Direct PUT, encrypted, transformed': directPutEncrypted(),
    'Firehose to Redshift': toRedshift(),
    'Firehose to Redshift Serverless': toRedshift({ s3BackupMode: 'Disabled' }, { deployment: { mode: 'serverless', baseRpu: 8, maxRpu: 64 } }),
    'Firehose to OpenSearch': toSearch('opensearch', { bufferSizeMiB: 128 }),
    'Firehose to Splunk': toSearch('splunk'),
    'Firehose to an HTTP endpoint': toSearch('http', { s3BackupMode: 'All', compression: 'GZIP' }),
    'IoT rules': iotRules(),
    'IoT rule with a DynamoDB (v1) action': iotRules({
      rules: [{ name: 'state', sql: "SELECT * FROM 'devices/+/state'", sqlVersion: '2016-03-23', actions: ['DynamoDB', 'S3'], errorAction: 'Lambda' }],
    }),
    'Flink application': flinkApplication(),
    'face search': videoAnalysis('face-search', { collectionId: 'staff', faceMatchThreshold: 90 }),
    'connected home': videoAnalysis('connected-home', { labels: ['PERSON', 'PET'], minConfidence: 70 }),
    'Lambda in a VPC': lambdaInVpc(),
    'Lambda in a VPC through an S3 endpoint': lambdaViaEndpoint(),
  };
}
