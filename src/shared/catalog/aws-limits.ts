/**
 * AWS quotas the catalog, validator and simulator rely on, each with where it comes from.
 * Copied from the project's reference table of AWS limits and prices (us-east-1); never
 * invent a number here: add the row with its source.
 */
export interface AwsLimit {
  readonly value: number;
  readonly unit: string;
  readonly source: string;
}

const FIREHOSE_API = 'Firehose API reference, BufferingHints (docs.aws.amazon.com/firehose/latest/APIReference/API_BufferingHints.html)';
const FIREHOSE_LIMITS = 'Amazon Data Firehose developer guide, Quotas (awsdocs amazon-kinesis-data-firehose-developer-guide, limits.md)';

export const FIREHOSE_LIMITS_TABLE = {
  bufferSizeMinMiB: { value: 1, unit: 'MiB', source: FIREHOSE_API },
  bufferSizeMaxMiB: { value: 128, unit: 'MiB', source: FIREHOSE_API },
  bufferSizeDefaultMiB: { value: 5, unit: 'MiB', source: FIREHOSE_API },
  bufferIntervalMinSeconds: { value: 0, unit: 's', source: FIREHOSE_API },
  bufferIntervalMaxSeconds: { value: 900, unit: 's', source: FIREHOSE_API },
  bufferIntervalDefaultSeconds: { value: 300, unit: 's', source: FIREHOSE_API },
  maxRecordKiB: { value: 1_000, unit: 'KiB (before base64)', source: FIREHOSE_LIMITS },
  directPutRecordsPerSecond: { value: 500_000, unit: 'records/s per delivery stream (us-east-1, soft)', source: FIREHOSE_LIMITS },
  directPutMiBPerSecond: { value: 5, unit: 'MiB/s per delivery stream (us-east-1, soft)', source: FIREHOSE_LIMITS },
  deliveryStreamNameMaxLength: { value: 64, unit: 'characters', source: 'CloudFormation schema AWS::KinesisFirehose::DeliveryStream, DeliveryStreamName' },
} as const satisfies Record<string, AwsLimit>;

const S3_NAMING = 'Amazon S3 user guide, General purpose bucket naming rules (docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html)';

export const S3_LIMITS_TABLE = {
  bucketNameMinLength: { value: 3, unit: 'characters', source: S3_NAMING },
  bucketNameMaxLength: { value: 63, unit: 'characters', source: S3_NAMING },
  putRequestsPerSecondPerPrefix: { value: 3_500, unit: 'PUT/COPY/POST/DELETE per second per partitioned prefix', source: 'Amazon S3 user guide, optimizing-performance.md' },
} as const satisfies Record<string, AwsLimit>;

/** 1 MiB in bytes: AWS's Kinesis and Firehose "MB" limits are binary (see the reference notes). */
export const MIB = 1_048_576;
/** 1 KiB in bytes. */
export const KIB = 1_024;
