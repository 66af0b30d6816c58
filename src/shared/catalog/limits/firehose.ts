import type { AwsLimit } from './units';

const FIREHOSE_API = 'Firehose API reference, BufferingHints (docs.aws.amazon.com/firehose/latest/APIReference/API_BufferingHints.html)';
const FIREHOSE_LIMITS = 'Amazon Data Firehose developer guide, Quotas (awsdocs amazon-kinesis-data-firehose-developer-guide, limits.md)';
const FIREHOSE_TRANSFORM = 'Amazon Data Firehose developer guide, Transform source data (docs.aws.amazon.com/firehose/latest/dev/data-transformation.html)';
const FIREHOSE_PARTITIONING = 'Amazon Data Firehose developer guide, Buffer data for dynamic partitioning (docs.aws.amazon.com/firehose/latest/dev/buffering.html)';
const CFN_FIREHOSE = 'CloudFormation schema AWS::KinesisFirehose::DeliveryStream';

export const FIREHOSE_LIMITS_TABLE = {
  bufferSizeMinMiB: { value: 1, unit: 'MiB', source: FIREHOSE_API },
  bufferSizeMaxMiB: { value: 128, unit: 'MiB', source: FIREHOSE_API },
  bufferSizeDefaultMiB: { value: 5, unit: 'MiB', source: FIREHOSE_API },
  bufferSizeMinMiBColumnarOrPartitioned: {
    value: 64,
    unit: 'MiB, least buffer size with record format conversion or dynamic partitioning',
    source:
      'CreateDeliveryStream InvalidArgumentException "BufferingHints.SizeInMBs must be at least 64 when data format conversion is enabled" (and "… when Dynamic Partitioning is enabled"), ' +
      'as quoted by aws/aws-cdk packages/aws-cdk-lib/aws-kinesisfirehose/lib/private/helpers.ts and the hashicorp/terraform-provider-aws Firehose acceptance tests [secondary]',
  },
  bufferIntervalMinSeconds: { value: 0, unit: 's', source: FIREHOSE_API },
  bufferIntervalMaxSeconds: { value: 900, unit: 's', source: FIREHOSE_API },
  bufferIntervalDefaultSeconds: { value: 300, unit: 's', source: FIREHOSE_API },
  maxRecordKiB: { value: 1_000, unit: 'KiB (before base64)', source: FIREHOSE_LIMITS },
  directPutRecordsPerSecond: { value: 500_000, unit: 'records/s per delivery stream (us-east-1, soft)', source: FIREHOSE_LIMITS },
  directPutMiBPerSecond: { value: 5, unit: 'MiB/s per delivery stream (us-east-1, soft)', source: FIREHOSE_LIMITS },
  // Lambda transform: "MB" in the guide, treated as MiB like the other Firehose sizes.
  lambdaBufferSizeMinMiB: { value: 0.2, unit: 'MiB', source: FIREHOSE_TRANSFORM },
  lambdaBufferSizeMaxMiB: { value: 3, unit: 'MiB', source: FIREHOSE_TRANSFORM },
  lambdaBufferSizeDefaultMiB: { value: 1, unit: 'MiB (S3, Redshift, OpenSearch, HTTP; 256 KB for Splunk)', source: FIREHOSE_TRANSFORM },
  lambdaBufferIntervalMinSeconds: { value: 0, unit: 's', source: FIREHOSE_TRANSFORM },
  lambdaBufferIntervalMaxSeconds: { value: 900, unit: 's', source: FIREHOSE_TRANSFORM },
  lambdaBufferIntervalDefaultSeconds: { value: 60, unit: 's', source: FIREHOSE_TRANSFORM },
  lambdaInvocationMaxMiB: { value: 6, unit: 'MiB per request and per response (Lambda synchronous invocation)', source: FIREHOSE_TRANSFORM },
  retryDurationMaxSeconds: { value: 7_200, unit: 's (Redshift, OpenSearch)', source: FIREHOSE_LIMITS },
  destinationUnavailableRetentionHours: { value: 24, unit: 'h a Direct PUT stream keeps records while its destination is down', source: FIREHOSE_LIMITS },
  activePartitionsDefault: { value: 500, unit: 'active partitions per delivery stream (default)', source: FIREHOSE_PARTITIONING },
  activePartitionsMax: { value: 5_000, unit: 'active partitions per delivery stream (on request)', source: FIREHOSE_PARTITIONING },
  prefixMaxLength: { value: 1_024, unit: 'characters (Prefix, ErrorOutputPrefix)', source: `${CFN_FIREHOSE}, ExtendedS3DestinationConfiguration` },
  httpEndpointUrlMaxLength: { value: 1_000, unit: 'characters', source: 'Firehose API reference, HttpEndpointConfiguration Url (pattern https://.*)' },
  deliveryStreamNameMaxLength: { value: 64, unit: 'characters', source: 'CloudFormation schema AWS::KinesisFirehose::DeliveryStream, DeliveryStreamName' },
} as const satisfies Record<string, AwsLimit>;
