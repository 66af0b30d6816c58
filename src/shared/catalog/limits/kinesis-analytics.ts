import type { AwsLimit } from './units';

const FLINK_SCALING = 'Managed Service for Apache Flink developer guide, Application scaling (docs.aws.amazon.com/managed-flink/latest/java/how-scaling.html) and API ParallelismConfiguration';
const SQL_LIMITS = 'Kinesis Data Analytics for SQL developer guide, Limits (awsdocs amazon-kinesis-data-analytics-developer-guide, limits.md)';
const SQL_API = 'Kinesis Data Analytics API v2, InputParallelism Count (docs.aws.amazon.com/managed-flink/latest/apiv2/API_InputParallelism.html)';

export const KINESIS_ANALYTICS_LIMITS_TABLE = {
  flinkParallelismMax: { value: 256, unit: 'parallel tasks (default maximum)', source: FLINK_SCALING },
  flinkParallelismPerKpuMax: { value: 8, unit: 'parallel tasks per KPU', source: FLINK_SCALING },
  // The 2023 guide said 32; the current guide and API reference say 64.
  flinkKpusPerApplication: { value: 64, unit: 'KPUs per application (default, adjustable)', source: FLINK_SCALING },
  sqlKpusPerApplication: { value: 8, unit: 'KPUs per SQL application (default)', source: SQL_LIMITS },
  sqlStreamingSources: { value: 1, unit: 'streaming source per SQL application', source: SQL_LIMITS },
  sqlReferenceSources: { value: 1, unit: 'reference data source per SQL application', source: SQL_LIMITS },
  sqlDestinations: { value: 3, unit: 'destinations per SQL application', source: SQL_LIMITS },
  sqlInAppStreamsMax: { value: 64, unit: 'in-application streams per streaming source', source: SQL_API },
  sqlReferenceObjectMaxGiB: { value: 1, unit: 'GB per S3 reference data object', source: SQL_LIMITS },
} as const satisfies Record<string, AwsLimit>;
