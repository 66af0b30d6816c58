import type { AwsLimit } from './units';

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
