import type { ConfigOf, KindId } from '../../../../shared/catalog/registry';
import type { Pipeline } from '../../../../shared/model/pipeline';
import { buildPipeline, node } from '../../../../shared/templates/build';

/**
 * Small pipelines around the database, compute, ML, network and migration kinds (RDS, DynamoDB,
 * OpenSearch, ElastiCache, EMR, Batch, SageMaker, the S3 gateway endpoint, DataSync, DMS), each
 * connecting a kind to its usual neighbours. The group's tests check resources, grants and read-back;
 * the validator test runs AWS's checkers on every variant.
 */

type Options<K extends KindId> = Partial<ConfigOf<K>>;

const build = (title: string, nodes: Parameters<typeof buildPipeline>[1], edges: Parameters<typeof buildPipeline>[2]): Pipeline =>
  buildPipeline({ title, description: `${title} (test fixture)` }, nodes, edges);

/** On-premises database → DMS → RDS, the database encrypted with a key of its own. */
export function replicatedDatabase(options: { source?: Options<'onprem-database'>; dms?: Options<'dms'>; rds?: Options<'rds'> } = {}): Pipeline {
  return build(
    'Orders',
    [
      node('onprem-database', 'src', 'Orders DB', [0, 0], options.source),
      node('dms', 'dms', 'Replicate orders', [1, 0], options.dms),
      node('kms-key', 'key', 'Database key', [1, 1]),
      node('rds', 'db', 'Orders', [2, 0], options.rds),
    ],
    [
      ['src', 'dms'],
      ['dms', 'db'],
      ['key', 'db'],
    ],
  );
}

/** On-premises database → DMS → a target of the given kind. */
export function replicateInto<K extends 's3-bucket' | 'kinesis-data-stream' | 'dynamodb-table' | 'opensearch' | 'redshift'>(
  kind: K,
  options: { source?: Options<'onprem-database'>; dms?: Options<'dms'>; target?: Options<K> } = {},
): Pipeline {
  return build(
    `Replicate into ${kind}`,
    [node('onprem-database', 'src', 'Orders DB', [0, 0], options.source), node('dms', 'dms', 'Replicate orders', [1, 0], options.dms), node(kind, 'target', 'Orders copy', [2, 0], options.target)],
    [
      ['src', 'dms'],
      ['dms', 'target'],
    ],
  );
}

/** A table with its own key whose item changes feed a Lambda function and a Kinesis data stream. */
export function detectionsTable(table: Options<'dynamodb-table'> = {}): Pipeline {
  return build(
    'Detections',
    [
      node('kms-key', 'key', 'Table key', [0, 1]),
      node('dynamodb-table', 'table', 'Detections', [1, 0], table),
      node('lambda', 'fn', 'Notify', [2, 0]),
      node('kinesis-data-stream', 'changes', 'Detection changes', [2, 1]),
    ],
    [
      ['key', 'table'],
      ['table', 'fn'],
      ['table', 'changes'],
    ],
  );
}

/** A store of the given kind encrypted with a key of its own. */
export function keyedStore<K extends 'opensearch' | 'elasticache'>(kind: K, options: Options<K> = {}): Pipeline {
  return build(`Keyed ${kind}`, [node('kms-key', 'key', 'Store key', [0, 0]), node(kind, 'store', 'Lookups', [1, 0], options)], [['key', 'store']]);
}

/** Raw bucket, profiles table and catalog → EMR → curated bucket and scores table. */
export function sparkCluster(options: Options<'emr-cluster'> = {}, curated: Options<'s3-bucket'> = {}): Pipeline {
  return build(
    'Spark',
    [
      node('s3-bucket', 'raw', 'Raw', [0, 0]),
      node('dynamodb-table', 'profiles', 'Profiles', [0, 1], { encryption: 'customer managed key' }),
      node('kms-key', 'key', 'Profiles key', [0, 2]),
      node('glue-data-catalog', 'catalog', 'Lake catalog', [0, 3]),
      node('emr-cluster', 'emr', 'Sessionize', [1, 0], options),
      node('s3-bucket', 'curated', 'Curated', [2, 0], curated),
      node('dynamodb-table', 'scores', 'Scores', [2, 1]),
    ],
    [
      ['raw', 'emr'],
      ['profiles', 'emr'],
      ['key', 'profiles'],
      ['catalog', 'emr'],
      ['emr', 'curated'],
      ['emr', 'scores'],
    ],
  );
}

/** Raw bucket → Batch job → gateway endpoint → curated bucket. */
export function batchJob(options: Options<'batch-job'> = {}): Pipeline {
  return build(
    'Thumbnails',
    [
      node('s3-bucket', 'raw', 'Raw', [0, 0]),
      node('batch-job', 'job', 'Make thumbnails', [1, 0], options),
      node('vpc-endpoint', 'vpce', 'S3 endpoint', [2, 1]),
      node('s3-bucket', 'curated', 'Curated', [3, 0]),
    ],
    [
      ['raw', 'job'],
      ['job', 'vpce'],
      ['vpce', 'curated'],
    ],
  );
}

/** Models bucket and camera video → SageMaker (a real-time endpoint by default, with a key) → detections stream. */
export function sagemakerEndpoint(options: Options<'sagemaker'> = {}): Pipeline {
  return build(
    'Detector',
    [
      node('s3-bucket', 'models', 'Models', [0, 0]),
      node('kinesis-video-stream', 'video', 'Cameras', [0, 1]),
      node('kms-key', 'key', 'Model key', [0, 2]),
      node('sagemaker', 'sm', 'Detect objects', [1, 0], { workload: { mode: 'endpoint' }, ...options }),
      node('kinesis-data-stream', 'detections', 'Detections', [2, 0]),
    ],
    [
      ['models', 'sm'],
      ['video', 'sm'],
      ['key', 'sm'],
      ['sm', 'detections'],
    ],
  );
}

/** Training data → gateway endpoint → SageMaker training in a VPC → gateway endpoint → models bucket. */
export function sagemakerTraining(options: Options<'sagemaker'> = {}, endpoint: Options<'vpc-endpoint'> = {}): Pipeline {
  return build(
    'Training',
    [
      node('s3-bucket', 'data', 'Training data', [0, 0]),
      node('vpc-endpoint', 'vpce', 'S3 endpoint', [1, 1], endpoint),
      node('sagemaker', 'sm', 'Train model', [2, 0], { vpc: true, ...options }),
      node('s3-bucket', 'models', 'Models', [3, 0]),
    ],
    [
      ['data', 'vpce'],
      ['vpce', 'sm'],
      ['sm', 'vpce'],
      ['vpce', 'models'],
    ],
  );
}

/** An on-premises share → DataSync → an encrypted raw bucket. */
export function fileCopy(options: { share?: Options<'onprem-fileshare'>; task?: Options<'datasync'>; bucket?: Options<'s3-bucket'> } = {}): Pipeline {
  return build(
    'File copy',
    [
      node('onprem-fileshare', 'share', 'Lab NAS', [0, 0], options.share),
      node('datasync', 'task', 'Copy lab files', [1, 0], options.task),
      node('kms-key', 'key', 'Raw key', [1, 1]),
      node('s3-bucket', 'raw', 'Raw', [2, 0], { encryption: 'SSE-KMS', ...options.bucket }),
    ],
    [
      ['share', 'task'],
      ['task', 'raw'],
      ['key', 'raw'],
    ],
  );
}

/** A bucket → DataSync → another bucket. */
export function bucketCopy(task: Options<'datasync'> = {}): Pipeline {
  return build(
    'Bucket copy',
    [node('s3-bucket', 'old', 'Old bucket', [0, 0]), node('datasync', 'task', 'Move objects', [1, 0], task), node('s3-bucket', 'new', 'New bucket', [2, 0])],
    [
      ['old', 'task'],
      ['task', 'new'],
    ],
  );
}

/** The variants every checker runs over: each branch of each mapping at least once. */
export const DATA_SERVICES_VARIANTS: Record<string, () => Pipeline> = {
  'RDS PostgreSQL, replicas, Multi-AZ, from DMS': () => replicatedDatabase({ rds: { readReplicas: 2, multiAz: true } }),
  'RDS Aurora PostgreSQL with a reader': () => replicatedDatabase({ rds: { engine: 'Aurora PostgreSQL', readReplicas: 1 } }),
  'RDS Oracle from Oracle': () => replicatedDatabase({ source: { engine: 'Oracle' }, rds: { engine: 'Oracle', instanceClass: 'db.m5.large' } }),
  'RDS SQL Server from SQL Server': () => replicatedDatabase({ source: { engine: 'SQL Server' }, rds: { engine: 'SQL Server', instanceClass: 'db.m5.large', storageGiB: 200 } }),
  'DynamoDB provisioned, customer key, streams': () =>
    detectionsTable({ capacity: { mode: 'provisioned', readCapacityUnits: 10, writeCapacityUnits: 5 }, sortKey: { name: 'ts', type: 'Number' }, ttlAttribute: 'expires', stream: { enabled: true, viewType: 'NEW_IMAGE' }, encryption: 'customer managed key' }),
  'DynamoDB on demand, AWS managed key, no PITR': () => detectionsTable({ encryption: 'AWS managed key', pointInTimeRecovery: false }),
  'OpenSearch with masters and UltraWarm': () =>
    keyedStore('opensearch', { dedicatedMasters: { enabled: true, instanceType: 'm6g.large.search', count: 3 }, ultraWarm: { enabled: true, instanceType: 'ultrawarm1.large.search', count: 2 } }),
  'OpenSearch, one node, no encryption': () =>
    keyedStore('opensearch', { instanceType: 't3.small.search', instanceCount: 1, storageGiBPerNode: 10, encryptionAtRest: false, nodeToNodeEncryption: false, enforceHttps: false }),
  'ElastiCache Valkey with replicas': () => keyedStore('elasticache', { replicasPerShard: 2 }),
  'ElastiCache Redis OSS, cluster mode': () => keyedStore('elasticache', { engine: 'Redis OSS', shards: 3, replicasPerShard: 1 }),
  'ElastiCache Memcached': () => keyedStore('elasticache', { engine: 'Memcached', shards: 2, replicasPerShard: 0, encryptionAtRest: false }),
  'EMR with steps, HA primary, Spot task nodes': () =>
    sparkCluster({
      primaryNodeCount: 3,
      taskInstanceCount: 4,
      stepConcurrency: 2,
      steps: [
        { name: 'Sessionize', type: 'Spark', script: 's3://example-code/sessionize.py --day 2024-01-01', actionOnFailure: 'CANCEL_AND_WAIT' },
        { name: 'Report', type: 'Hive', script: 's3://example-code/report.q', actionOnFailure: 'CONTINUE' },
        { name: 'Export', type: 'CustomJar', script: 's3://example-code/export.jar out', actionOnFailure: 'TERMINATE_CLUSTER' },
      ],
    }),
  'EMR single node, long-running, own log bucket': () => build('Notebook', [node('emr-cluster', 'emr', 'Notebook', [0, 0], { coreInstanceCount: 0, terminateAfterSteps: false, steps: [] })], []),
  'Batch on Fargate through an endpoint': () => batchJob({ vcpus: 0.5, memoryMiB: 1_024 }),
  'Batch on EC2 Spot': () => batchJob({ computeEnvironment: 'SPOT', vcpus: 4, memoryMiB: 8_192, retryAttempts: 3 }),
  'SageMaker endpoint in a VPC, network isolation': () => sagemakerEndpoint({ vpc: true, networkIsolation: true, instanceCount: 2 }),
  'SageMaker batch transform': () => sagemakerEndpoint({ workload: { mode: 'batch-transform' } }),
  'SageMaker training through an endpoint': () => sagemakerTraining({}, { routeTableCount: 2 }),
  'S3 gateway endpoint, full access': () => sagemakerTraining({ workload: { mode: 'processing' } }, { restrictToBuckets: false }),
  'DataSync NFS, bandwidth limit': () => fileCopy({ task: { bandwidthLimitMbps: 100 }, bucket: { storageClass: 'Standard-IA' } }),
  'DataSync SMB, Enhanced, on demand': () => fileCopy({ share: { protocol: 'SMB' }, task: { schedule: '', taskMode: 'ENHANCED', verifyMode: 'NONE', preserveDeletedFiles: false } }),
  'DataSync HDFS': () => fileCopy({ share: { protocol: 'HDFS' }, task: { schedule: 'cron(0 2 * * ? *)', transferMode: 'ALL' } }),
  'DataSync S3 to S3': () => bucketCopy(),
  'DMS Oracle to S3 (SSE-KMS)': () => replicateInto('s3-bucket', { source: { engine: 'Oracle' }, target: { encryption: 'SSE-KMS' } }),
  'DMS MySQL to Kinesis, CDC': () => replicateInto('kinesis-data-stream', { source: { engine: 'MySQL' }, dms: { migrationType: 'cdc' } }),
  'DMS PostgreSQL to DynamoDB, full load': () => replicateInto('dynamodb-table', { source: { engine: 'PostgreSQL' }, dms: { migrationType: 'full-load', multiAz: true } }),
  'DMS MongoDB to OpenSearch': () => replicateInto('opensearch', { source: { engine: 'MongoDB' } }),
  'DMS to Redshift': () => replicateInto('redshift'),
  'DMS from RDS Aurora MySQL to S3': () =>
    build(
      'Orders to lake',
      [node('rds', 'db', 'Orders', [0, 0], { engine: 'Aurora MySQL' }), node('dms', 'dms', 'Replicate orders', [1, 0]), node('s3-bucket', 'raw', 'Raw', [2, 0])],
      [
        ['db', 'dms'],
        ['dms', 'raw'],
      ],
    ),
};
