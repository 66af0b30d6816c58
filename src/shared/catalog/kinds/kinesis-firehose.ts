import { z } from 'zod';
import icon from 'aws-icons/icons/architecture-service/AmazonDataFirehose.svg?raw';
import { FIREHOSE_LIMITS_TABLE as L } from '../limits/firehose';
import { defineKind } from '../types';

const glueTable = {
  inputFormat: z.enum(['OpenX JSON', 'Hive JSON']).default('OpenX JSON').meta({ title: 'Input format', description: 'The JSON deserializer that reads incoming records.' }),
  databaseName: z.string().default('').meta({ title: 'Glue database', description: 'Database of the Glue table that holds the schema.' }),
  tableName: z.string().default('').meta({ title: 'Glue table', description: 'Table whose columns define the output schema.' }),
};

/** JSON records converted to a columnar format with a schema from a Glue table (S3 destination only). */
const FormatConversionSchema = z.discriminatedUnion('format', [
  z.object({ format: z.literal('none') }).meta({ title: 'None' }),
  z
    .object({ format: z.literal('Parquet'), compression: z.enum(['SNAPPY', 'GZIP', 'UNCOMPRESSED']).default('SNAPPY').meta({ title: 'Parquet compression' }), ...glueTable })
    .meta({ title: 'Apache Parquet' }),
  z.object({ format: z.literal('ORC'), compression: z.enum(['SNAPPY', 'ZLIB', 'NONE']).default('SNAPPY').meta({ title: 'ORC compression' }), ...glueTable }).meta({ title: 'Apache ORC' }),
]);

const LambdaTransformSchema = z.object({
  enabled: z.boolean().default(false).meta({ title: 'Enabled' }),
  functionArn: z.string().default('').meta({ title: 'Function ARN', description: 'The Lambda function Firehose invokes synchronously with each batch.' }),
  bufferSizeMiB: z
    .number()
    .min(L.lambdaBufferSizeMinMiB.value)
    .max(L.lambdaBufferSizeMaxMiB.value)
    .default(L.lambdaBufferSizeDefaultMiB.value)
    .meta({ title: 'Batch size', unit: 'MiB', description: `Data per invocation (${L.lambdaBufferSizeMinMiB.value}–${L.lambdaBufferSizeMaxMiB.value} MiB; Lambda takes at most ${L.lambdaInvocationMaxMiB.value} MiB in and out).` }),
  bufferIntervalSeconds: z
    .number()
    .int()
    .min(L.lambdaBufferIntervalMinSeconds.value)
    .max(L.lambdaBufferIntervalMaxSeconds.value)
    .default(L.lambdaBufferIntervalDefaultSeconds.value)
    .meta({ title: 'Batch interval', unit: 's', description: `Invoke at the latest after this long (${L.lambdaBufferIntervalMinSeconds.value}–${L.lambdaBufferIntervalMaxSeconds.value} s).` }),
});

const DynamicPartitioningSchema = z.object({
  enabled: z.boolean().default(false).meta({ title: 'Enabled', description: 'Only when the stream is created; not with zero buffering.' }),
  partitionKeys: z
    .array(
      z.object({
        name: z.string().min(1).default('deviceId').meta({ title: 'Key', description: 'Used in the prefix as !{partitionKeyFromQuery:<key>}.' }),
        source: z.enum(['JQ query', 'Lambda']).default('JQ query').meta({ title: 'From', description: 'Inline JQ over each JSON record, or a value the Lambda transform returns.' }),
        expression: z.string().default('.deviceId').meta({ title: 'JQ expression' }),
      }),
    )
    .default([])
    .meta({ title: 'Partition keys', description: `Each distinct key value is an active partition: ${L.activePartitionsDefault.value} per stream by default (up to ${L.activePartitionsMax.value.toLocaleString('en-US')} on request).` }),
});

const HttpEndpointSchema = z.object({
  enabled: z.boolean().default(false).meta({ title: 'Deliver to an HTTP endpoint', description: 'Instead of a connected destination node.' }),
  name: z.string().default('').meta({ title: 'Endpoint name' }),
  url: z
    .string()
    .max(L.httpEndpointUrlMaxLength.value)
    .refine((url) => url === '' || url.startsWith('https://'), 'HTTP endpoint URL must start with https://')
    .default('')
    .meta({ title: 'URL', description: 'HTTPS only (Datadog, New Relic, MongoDB, your own service…).' }),
});

/** Amazon Data Firehose (formerly Kinesis Data Firehose): buffers records and delivers them as objects. */
export const kinesisFirehose = defineKind({
  id: 'kinesis-firehose',
  title: 'Amazon Data Firehose',
  shortTitle: 'Firehose',
  category: 'streaming',
  summary: 'Buffers records and delivers them in batches to S3 and other stores.',
  help:
    'A fully managed delivery stream: it buffers incoming records and writes one object each time the buffer reaches its size ' +
    'or its interval has passed since the first record arrived, whichever comes first. Near real time, not real time: ' +
    `records wait up to the buffer interval. Records may be at most ${L.maxRecordKiB.value} KiB. A delivery stream has exactly one destination: ` +
    'S3, Redshift (written to an S3 staging bucket, then COPY), OpenSearch, Splunk or an HTTP endpoint. Its source is either Direct PUT ' +
    `(producers, IoT rules, Analytics output, Lambda: ${L.directPutMiBPerSecond.value} MiB/s by default) or one Kinesis data stream, not both. ` +
    'Parquet/ORC conversion reads its schema from a Glue table and works with S3 only. ' +
    `While the destination is down, Direct PUT records are kept ${L.destinationUnavailableRetentionHours.value} h.`,
  icon,
  config: z.object({
    bufferSizeMiB: z
      .number()
      .int()
      .min(L.bufferSizeMinMiB.value)
      .max(L.bufferSizeMaxMiB.value)
      .default(L.bufferSizeDefaultMiB.value)
      .meta({ title: 'Buffer size', unit: 'MiB', description: `Deliver when this much data is buffered (${L.bufferSizeMinMiB.value}–${L.bufferSizeMaxMiB.value} MiB; ${L.bufferSizeMaxMiB.source}).` }),
    bufferIntervalSeconds: z
      .number()
      .int()
      .min(L.bufferIntervalMinSeconds.value)
      .max(L.bufferIntervalMaxSeconds.value)
      .default(L.bufferIntervalDefaultSeconds.value)
      .meta({ title: 'Buffer interval', unit: 's', description: `Deliver when the oldest buffered record is this old (${L.bufferIntervalMinSeconds.value}–${L.bufferIntervalMaxSeconds.value} s; 0 = zero buffering).` }),
    prefix: z.string().max(L.prefixMaxLength.value).default('').meta({ title: 'S3 prefix', description: 'Key prefix of delivered objects. Empty: Firehose uses YYYY/MM/DD/HH/ in UTC.' }),
    errorOutputPrefix: z
      .string()
      .max(L.prefixMaxLength.value)
      .default('')
      .meta({ title: 'Error prefix', description: 'Key prefix for records that failed processing or conversion; required once the prefix uses !{…} expressions.' }),
    compression: z
      .enum(['UNCOMPRESSED', 'GZIP', 'ZIP', 'Snappy', 'HADOOP_SNAPPY'])
      .default('UNCOMPRESSED')
      .meta({ title: 'Compression', description: 'Of delivered S3 objects. Redshift COPY reads UNCOMPRESSED or GZIP; with format conversion leave it UNCOMPRESSED (the columnar format compresses).' }),
    recordFormatConversion: FormatConversionSchema.default({ format: 'none' }).meta({ title: 'Record format conversion', description: 'JSON to Parquet or ORC, with the schema of a Glue table (connect the Glue Data Catalog).' }),
    deliveredSizePercent: z
      .number()
      .positive()
      .max(1_000)
      .nullable()
      .default(null)
      .meta({
        title: 'Delivered size (simulation)',
        unit: '%',
        description: 'Objects after compression or format conversion, as a share of the bytes received: measure it on a sample of your data (AWS publishes no ratio). Empty: the simulator writes objects as large as what arrived.',
      }),
    lambdaTransform: LambdaTransformSchema.default(LambdaTransformSchema.parse({})).meta({ title: 'Lambda transform', description: 'Invoke a function on batches of records before delivery.' }),
    dynamicPartitioning: DynamicPartitioningSchema.default(DynamicPartitioningSchema.parse({})).meta({ title: 'Dynamic partitioning', description: 'Group records into S3 prefixes by keys taken from the data (S3 only).' }),
    s3BackupMode: z
      .enum(['Disabled', 'FailedOnly', 'All'])
      .default('Disabled')
      .meta({ title: 'S3 backup', description: 'Copy records to the staging/backup bucket: All (source records, any destination) or FailedOnly (OpenSearch, Splunk, HTTP, which always keep failures).' }),
    retryDurationSeconds: z
      .number()
      .int()
      .min(0)
      .max(L.retryDurationMaxSeconds.value)
      .default(300)
      .meta({ title: 'Retry duration', unit: 's', description: `How long delivery to Redshift, OpenSearch, Splunk or HTTP is retried before records go to the backup bucket (0–${L.retryDurationMaxSeconds.value.toLocaleString('en-US')} s).` }),
    httpEndpoint: HttpEndpointSchema.default(HttpEndpointSchema.parse({})).meta({ title: 'HTTP endpoint destination', description: 'There is no HTTP node: an HTTP destination is set here, with a backup bucket on the staging port.' }),
  }),
  inputs: [
    {
      id: 'records',
      label: 'Records',
      edgeKind: 'data',
      accepts: {
        'app-producer': 'Direct PUT (PutRecord / PutRecordBatch)',
        'kinesis-data-stream': 'Kinesis Data Streams source',
        'iot-core': 'IoT rule action (Firehose)',
        'kinesis-analytics': 'Application output (Firehose delivery stream)',
        lambda: 'Direct PUT from the function (PutRecordBatch)',
      },
    },
    {
      id: 'schema',
      label: 'Schema',
      edgeKind: 'metadata',
      accepts: { 'glue-data-catalog': 'Record format conversion schema (Glue table)' },
      max: 1,
      maxReason: 'format conversion reads one Glue table',
    },
    {
      id: 'key',
      label: 'KMS key',
      edgeKind: 'metadata',
      // With a Kinesis data stream as source, the stream's own encryption applies instead.
      accepts: { 'kms-key': 'Server-side encryption key (CUSTOMER_MANAGED_CMK, Direct PUT)' },
      max: 1,
      maxReason: 'a delivery stream is encrypted with one KMS key',
    },
  ],
  outputs: [
    {
      id: 'delivery',
      label: 'Destination',
      edgeKind: 'data',
      only: ['s3-bucket', 'redshift', 'opensearch', 'splunk'],
      max: 1,
      maxReason: 'a Firehose delivery stream has exactly one destination',
    },
    {
      id: 'staging',
      label: 'Staging / backup bucket',
      edgeKind: 'data',
      only: ['s3-bucket'],
      max: 1,
      maxReason: 'a delivery stream has one intermediate (Redshift) or backup S3 bucket',
    },
    {
      id: 'source',
      label: 'Analytics source',
      edgeKind: 'data',
      // A SQL Analytics application reads the delivery stream itself; this is not a destination.
      only: ['kinesis-analytics'],
    },
  ],
});
