import { z } from 'zod';
import icon from 'aws-icons/icons/architecture-service/AmazonKinesisDataStreams.svg?raw';
import { KINESIS_DATA_STREAMS_LIMITS_TABLE as L } from '../limits/kinesis-data-streams';
import { defineKind } from '../types';

const NAME = /^[a-zA-Z0-9_.-]+$/;

/** Provisioned (you choose shards) or on-demand (AWS scales with traffic). */
const CapacitySchema = z.discriminatedUnion('mode', [
  z
    .object({
      mode: z.literal('provisioned'),
      shardCount: z
        .number()
        .int()
        .min(1)
        .max(L.shardsPerAccount.value)
        .default(1)
        .meta({
          title: 'Shards',
          unit: 'shards',
          description: `Each shard takes ${L.shardWriteMiBPerSecond.value} MiB/s or ${L.shardWriteRecordsPerSecond.value} records/s in and gives ${L.shardReadMiBPerSecond.value} MiB/s out; an account has ${L.shardsPerAccount.value.toLocaleString('en-US')} shards (us-east-1).`,
        }),
    })
    .meta({ title: 'Provisioned' }),
  z.object({ mode: z.literal('on-demand') }).meta({ title: 'On-demand' }),
]);

const ConsumerSchema = z.object({
  name: z
    .string()
    .min(1)
    .max(L.consumerNameMaxLength.value)
    .regex(NAME, 'Consumer name may contain only letters, digits, _ . and -')
    .default('consumer')
    .meta({ title: 'Name', description: 'Unique within the stream.' }),
});

/** Amazon Kinesis Data Streams: an ordered, replayable stream of records split into shards. */
export const kinesisDataStream = defineKind({
  id: 'kinesis-data-stream',
  title: 'Amazon Kinesis Data Streams',
  shortTitle: 'Data stream',
  category: 'streaming',
  summary: 'Real-time, replayable stream of records for many consumers.',
  help:
    'Producers put records with a partition key; the key picks the shard, and order is kept per shard. Provisioned mode gives each shard ' +
    `${L.shardWriteMiBPerSecond.value} MiB/s or ${L.shardWriteRecordsPerSecond.value} records/s in (beyond: ProvisionedThroughputExceeded) and ` +
    `${L.shardReadMiBPerSecond.value} MiB/s out shared by all classic consumers (${L.getRecordsCallsPerSecondPerShard.value} GetRecords calls/s per shard); ` +
    `each enhanced fan-out consumer gets its own ${L.efoMiBPerSecondPerConsumerPerShard.value} MiB/s per shard (at most ${L.efoConsumersPerStream.value} per stream). ` +
    `On-demand mode starts at ${L.onDemandDefaultWriteMiBPerSecond.value} MiB/s of writes and follows the traffic peak. Records are up to ${L.maxRecordMiB.value} MiB ` +
    `and are kept ${L.retentionMinHours.value} h by default, up to 365 days: a consumer that lags beyond the retention loses data. ` +
    `The capacity mode can be switched ${L.capacityModeSwitchesPerDay.value} times per 24 h.`,
  icon,
  config: z.object({
    streamName: z
      .string()
      .max(L.streamNameMaxLength.value)
      .regex(/^([a-zA-Z0-9_.-]+)?$/, 'Stream name may contain only letters, digits, _ . and -')
      .default('')
      .meta({ title: 'Stream name', description: 'Leave empty to let CloudFormation generate one.' }),
    capacity: CapacitySchema.default({ mode: 'provisioned', shardCount: 1 }).meta({ title: 'Capacity mode', description: 'Provisioned: you choose and pay per shard. On-demand: AWS scales, you pay per stream-hour and per GB.' }),
    retentionHours: z
      .number()
      .int()
      .min(L.retentionMinHours.value)
      .max(L.retentionMaxHours.value)
      .default(L.retentionDefaultHours.value)
      .meta({ title: 'Retention', unit: 'h', description: `How long records stay readable: ${L.retentionMinHours.value} h to ${L.retentionMaxHours.value.toLocaleString('en-US')} h (365 days); beyond 24 h costs extra.` }),
    enhancedFanOutConsumers: z
      .array(ConsumerSchema)
      .max(L.efoConsumersPerStream.value, `At most ${L.efoConsumersPerStream.value} enhanced fan-out consumers per stream`)
      .default([])
      .meta({ title: 'Enhanced fan-out consumers', description: 'Registered consumers, each with its own read throughput pushed over HTTP/2 (~70 ms instead of ~200 ms).' }),
    encryption: z
      .enum(['none', 'KMS'])
      .default('KMS')
      .meta({ title: 'Server-side encryption', description: 'KMS: records are encrypted at rest with the aws/kinesis key, or a key you manage (connect a KMS key).' }),
    partitionKeyStrategy: z
      .enum(['per-source', 'random', 'single-key'])
      .default('per-source')
      .meta({
        title: 'Partition key',
        description: 'per-source: one key per device or producer (order kept per source; a busy source makes a hot shard). random: even spread, no order. single-key: one shard takes everything.',
      }),
    hotKeySharePercent: z
      .number()
      .min(0)
      .max(100)
      .default(0)
      .meta({
        title: 'Hot key share',
        unit: '%',
        description: 'Skew (for the simulator): the share of records that carry the busiest partition key, all on one shard; the rest follow the partition key setting. 0: no hot key.',
      }),
  }),
  inputs: [
    {
      id: 'records',
      label: 'Records',
      edgeKind: 'data',
      accepts: {
        'app-producer': 'PutRecord / PutRecords (AWS SDK, KPL)',
        'iot-core': 'IoT rule action (Kinesis)',
        dms: 'DMS target endpoint (Kinesis)',
        'kinesis-analytics': 'Application output (Kinesis data stream)',
        'rekognition-video': 'Stream processor output (Kinesis data stream)',
        sagemaker: 'PutRecords from the inference application',
        lambda: 'PutRecords from the function',
        'dynamodb-table': 'Kinesis Data Streams for DynamoDB (item-level changes)',
      },
    },
    {
      id: 'key',
      label: 'KMS key',
      edgeKind: 'metadata',
      accepts: { 'kms-key': 'Server-side encryption key (StreamEncryption.KeyId)' },
      max: 1,
      maxReason: 'a stream is encrypted with one KMS key',
    },
  ],
  outputs: [{ id: 'records', label: 'Consumers', edgeKind: 'data' }],
});
