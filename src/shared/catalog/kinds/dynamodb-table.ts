import { z } from 'zod';
import icon from 'aws-icons/icons/architecture-service/AmazonDynamoDB.svg?raw';
import { DYNAMODB_LIMITS_TABLE as L } from '../limits/dynamodb';
import { defineKind } from '../types';

const KEY_TYPES = ['String', 'Number', 'Binary'] as const;
const capacityUnits = (title: string, description: string) =>
  z.number().int().min(1).max(L.tableCapacityUnitsDefaultQuota.value).default(5).meta({ title, description });

const CapacitySchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('on-demand') }).meta({ title: 'On-demand' }),
  z
    .object({
      mode: z.literal('provisioned'),
      readCapacityUnits: capacityUnits('Read capacity', 'RCU: strongly consistent reads per second of items up to 4 KB (two eventually consistent).'),
      writeCapacityUnits: capacityUnits('Write capacity', 'WCU: writes per second of items up to 1 KB.'),
    })
    .meta({ title: 'Provisioned' }),
]);

/** Amazon DynamoDB table. */
export const dynamodbTable = defineKind({
  id: 'dynamodb-table',
  title: 'Amazon DynamoDB table',
  shortTitle: 'DynamoDB',
  category: 'storage',
  summary: 'Serverless NoSQL key-value store with single-digit millisecond reads and writes.',
  help:
    'A serverless key-value and document table, often where a pipeline keeps its results for applications (the latest detection per camera, a model output per user). ' +
    'On-demand capacity follows traffic, instantly up to twice the previous peak; provisioned capacity is cheaper when steady but throttles above it, after a burst allowance. ' +
    `A table has ${L.tableCapacityUnitsDefaultQuota.value} RCU and WCU by default, each partition at most ${L.partitionMaxReadCapacityUnits.value} RCU and ${L.partitionMaxWriteCapacityUnits.value} WCU, so spread writes over many partition key values. ` +
    `Items are at most ${L.itemMaxKB.value} KB. DynamoDB Streams deliver item changes to Lambda; TTL deletes expired items for free.`,
  icon,
  config: z.object({
    capacity: CapacitySchema.default({ mode: 'on-demand' }).meta({ title: 'Capacity mode' }),
    partitionKey: z
      .object({
        name: z.string().min(1).max(L.keyAttributeNameMaxLength.value).default('pk').meta({ title: 'Name' }),
        type: z.enum(KEY_TYPES).default('String').meta({ title: 'Type' }),
      })
      .default({ name: 'pk', type: 'String' })
      .meta({ title: 'Partition key', description: 'Hashed to pick the partition: choose one with many distinct values.' }),
    sortKey: z
      .object({
        name: z.string().max(L.keyAttributeNameMaxLength.value).default('').meta({ title: 'Name', description: 'Empty: no sort key.' }),
        type: z.enum(KEY_TYPES).default('String').meta({ title: 'Type' }),
      })
      .default({ name: '', type: 'String' })
      .meta({ title: 'Sort key', description: 'Orders the items that share a partition key (e.g. a timestamp).' }),
    stream: z
      .object({
        enabled: z.boolean().default(false).meta({ title: 'DynamoDB Streams', description: 'Publish every item change, in order per item, for Lambda triggers.' }),
        viewType: z
          .enum(['KEYS_ONLY', 'NEW_IMAGE', 'OLD_IMAGE', 'NEW_AND_OLD_IMAGES'])
          .default('NEW_AND_OLD_IMAGES')
          .meta({ title: 'View type', description: 'What each change record carries.' }),
      })
      .default({ enabled: false, viewType: 'NEW_AND_OLD_IMAGES' })
      .meta({ title: 'Stream' }),
    ttlAttribute: z.string().default('').meta({ title: 'TTL attribute', description: 'Number attribute holding an epoch-seconds expiry; expired items are deleted. Empty: TTL off.' }),
    pointInTimeRecovery: z.boolean().default(true).meta({ title: 'Point-in-time recovery', description: 'Continuous backups: restore the table to any second of the recovery period.' }),
    pitrRecoveryPeriodDays: z
      .number()
      .int()
      .min(L.pitrRecoveryPeriodMinDays.value)
      .max(L.pitrRecoveryPeriodMaxDays.value)
      .default(L.pitrRecoveryPeriodMaxDays.value)
      .meta({ title: 'Recovery period', unit: 'days' }),
    encryption: z
      .enum(['AWS owned key', 'AWS managed key', 'customer managed key'])
      .default('AWS owned key')
      .meta({ title: 'Encryption at rest', description: 'Always on. AWS managed key: aws/dynamodb, visible in CloudTrail. Customer managed: connect a KMS key node.' }),
  }),
  inputs: [
    {
      id: 'rows',
      label: 'Items',
      edgeKind: 'data',
      accepts: {
        lambda: 'PutItem / BatchWriteItem from a function',
        dms: 'DMS DynamoDB target endpoint',
        'emr-cluster': 'EMR DynamoDB connector (Hive / Spark)',
        'glue-etl-job': 'Glue DynamoDB sink',
        'iot-core': 'IoT rule DynamoDB action',
        'data-pipeline': 'Data Pipeline DynamoDBDataNode output',
      },
    },
    { id: 'key', label: 'KMS key', edgeKind: 'metadata', accepts: { 'kms-key': 'Customer managed encryption key' }, max: 1, maxReason: 'a table is encrypted with one KMS key' },
  ],
  outputs: [
    // Item changes: DynamoDB Streams to Lambda, or Kinesis Data Streams for DynamoDB.
    { id: 'changes', label: 'Item changes (stream)', edgeKind: 'data', only: ['lambda', 'kinesis-data-stream'] },
    { id: 'rows', label: 'Items (scans and exports)', edgeKind: 'data', only: ['glue-crawler', 'glue-etl-job', 'emr-cluster', 'data-pipeline'] },
  ],
});
