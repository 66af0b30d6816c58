import type { AwsLimit } from './units';

const KDS_LIMITS = 'Kinesis Data Streams developer guide, Quotas and limits (service-sizes-and-limits.md, 2022; current page docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html)';
const KDS_RETENTION = 'Kinesis Data Streams developer guide, Changing the data retention period (kinesis-extended-retention.md)';
const KDS_EFO = 'Kinesis Data Streams developer guide, enhanced fan-out (introduction-to-enhanced-consumers.md)';
const KDS_CONSUMERS = 'Kinesis Data Streams developer guide, Develop consumers with the AWS SDK (developing-consumers-with-sdk.md): poll each shard at intervals of at least 1 s; the KCL polls every second by default';
const NOTES_CAPACITY_MODES = 'Domain notes 5.2.1 Kinesis Streams - Capacity Modes ("4 MB/s in or 4000 records per second"); the AWS quota page gives only the 4 MB/s (reference table: the records figure is from secondary sources)';
const KDS_SIZING = 'Kinesis Data Streams developer guide, Choose the data stream capacity mode (how-do-i-size-a-stream.md, 2022-08-31; current page docs.aws.amazon.com/streams/latest/dev/how-do-i-size-a-stream.html), via the project reference table';
const CFN_STREAM = 'CloudFormation schemas AWS::Kinesis::Stream Name / AWS::Kinesis::StreamConsumer ConsumerName';

export const KINESIS_DATA_STREAMS_LIMITS_TABLE = {
  shardWriteMiBPerSecond: { value: 1, unit: 'MiB/s per shard, partition keys included', source: KDS_LIMITS },
  shardWriteRecordsPerSecond: { value: 1_000, unit: 'records/s per shard', source: KDS_LIMITS },
  shardReadMiBPerSecond: { value: 2, unit: 'MiB/s per shard, shared by classic consumers', source: KDS_LIMITS },
  getRecordsCallsPerSecondPerShard: { value: 5, unit: 'GetRecords calls/s per shard, shared by classic consumers', source: KDS_LIMITS },
  maxRecordMiB: { value: 1, unit: 'MiB of data per record, before base64', source: KDS_LIMITS },
  // Current page (us-east-1); the 2022 text said 500.
  shardsPerAccount: { value: 20_000, unit: 'shards per account (us-east-1, provisioned mode)', source: KDS_LIMITS },
  onDemandDefaultWriteMiBPerSecond: { value: 4, unit: 'MiB/s write capacity a new on-demand stream starts with', source: KDS_LIMITS },
  onDemandDefaultWriteRecordsPerSecond: { value: 4_000, unit: 'records/s write capacity a new on-demand stream starts with', source: NOTES_CAPACITY_MODES },
  onDemandDefaultReadMiBPerSecond: { value: 8, unit: 'MiB/s read capacity (classic consumers) a new on-demand stream starts with', source: KDS_LIMITS },
  // Current page, us-east-1 ("10 GB/s"; other regions and the 2022 text: 200 MB/s), read as binary like the other Kinesis limits.
  onDemandMaxWriteMiBPerSecond: { value: 10_240, unit: 'MiB/s write capacity of one on-demand stream at most (us-east-1)', source: KDS_LIMITS },
  onDemandPeakMultiplier: { value: 2, unit: '× the previous peak write throughput (30 days) an on-demand stream accommodates', source: KDS_SIZING },
  onDemandScaleUpSeconds: { value: 900, unit: 's for a new peak to raise on-demand capacity (at most 15 min)', source: KDS_SIZING },
  kclPollIntervalSeconds: { value: 1, unit: 's between GetRecords calls of one classic consumer on one shard (KCL default)', source: KDS_CONSUMERS },
  onDemandStreamsPerAccount: { value: 50, unit: 'on-demand streams per account (default)', source: KDS_LIMITS },
  capacityModeSwitchesPerDay: { value: 2, unit: 'switches per stream per 24 h', source: KDS_LIMITS },
  retentionMinHours: { value: 24, unit: 'h', source: KDS_RETENTION },
  retentionDefaultHours: { value: 24, unit: 'h', source: KDS_RETENTION },
  retentionMaxHours: { value: 8_760, unit: 'h (365 days)', source: KDS_RETENTION },
  efoConsumersPerStream: { value: 20, unit: 'registered enhanced fan-out consumers per stream', source: KDS_LIMITS },
  efoMiBPerSecondPerConsumerPerShard: { value: 2, unit: 'MiB/s per consumer per shard', source: KDS_EFO },
  streamNameMaxLength: { value: 128, unit: 'characters', source: CFN_STREAM },
  consumerNameMaxLength: { value: 128, unit: 'characters', source: CFN_STREAM },
} as const satisfies Record<string, AwsLimit>;
