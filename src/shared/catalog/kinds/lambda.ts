import { z } from 'zod';
import icon from 'aws-icons/icons/architecture-service/AWSLambda.svg?raw';
import { LAMBDA_LIMITS_TABLE as L } from '../limits/lambda';
import { defineKind } from '../types';

/** Runtime identifiers Lambda supports for new functions (AWS Lambda developer guide, Lambda runtimes). */
const RUNTIMES = [
  'python3.14', 'python3.13', 'python3.12', 'python3.11', 'python3.10', 'nodejs24.x', 'nodejs22.x', 'nodejs20.x',
  'java25', 'java21', 'java17', 'java11', 'java8.al2', 'dotnet10', 'dotnet8', 'ruby3.4', 'ruby3.3', 'provided.al2023', 'provided.al2',
] as const;

/** Reserved concurrency is either absent (shares the account pool) or a number, where 0 throttles the function. */
const ConcurrencySchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('unreserved') }).meta({ title: 'Unreserved (account pool)' }),
  z
    .object({
      mode: z.literal('reserved'),
      executions: z
        .number()
        .int()
        .min(0)
        .default(10)
        .meta({ title: 'Reserved executions', description: `Guaranteed and capped concurrency, taken from the account's ${L.accountConcurrency.value} (default quota). 0 stops every invocation.` }),
    })
    .meta({ title: 'Reserved' }),
]);

/** AWS Lambda function, with the event source mapping settings used when it polls a stream. */
export const lambda = defineKind({
  id: 'lambda',
  title: 'AWS Lambda function',
  shortTitle: 'Lambda',
  category: 'compute',
  summary: 'Runs your code per event or per batch of stream records.',
  help:
    'A function that runs on events: batches of records polled from a Kinesis or DynamoDB stream, S3 object notifications, IoT rule actions, ' +
    `Kinesis Data Analytics output, or a start from Step Functions or a schedule. Memory is ${L.memoryMinMiB.value}–${L.memoryMaxMiB.value} MiB ` +
    `(CPU grows with it: ${L.memoryPerVcpuMiB.value} MiB is one vCPU) and a run lasts at most ${L.timeoutMaxSeconds.value} s. On a stream, ` +
    'Lambda reads each shard in order: at most batch size × parallelization factor records per shard are in flight, so a slow function makes ' +
    `the iterator age grow until records expire with the stream's retention. Batches are capped at ${L.syncPayloadMiB.value} MiB; the account runs ` +
    `${L.accountConcurrency.value} concurrent executions by default, shared by every function without reserved concurrency.`,
  icon,
  config: z.object({
    runtime: z.enum(RUNTIMES).default('python3.13').meta({ title: 'Runtime', description: 'Language runtime identifier.' }),
    memoryMiB: z
      .number()
      .int()
      .min(L.memoryMinMiB.value)
      .max(L.memoryMaxMiB.value)
      .default(L.memoryDefaultMiB.value)
      .meta({ title: 'Memory', unit: 'MiB', description: `${L.memoryMinMiB.value}–${L.memoryMaxMiB.value} MiB; CPU is proportional (${L.memoryPerVcpuMiB.value} MiB = 1 vCPU).` }),
    timeoutSeconds: z
      .number()
      .int()
      .min(L.timeoutMinSeconds.value)
      .max(L.timeoutMaxSeconds.value)
      .default(L.timeoutDefaultSeconds.value)
      .meta({ title: 'Timeout', unit: 's', description: `Longest run before Lambda stops it (${L.timeoutMinSeconds.value}–${L.timeoutMaxSeconds.value} s).` }),
    concurrency: ConcurrencySchema.default({ mode: 'unreserved' }).meta({ title: 'Reserved concurrency', description: 'Reserve (and cap) concurrent executions for this function.' }),
    batchSize: z
      .number()
      .int()
      .min(L.batchSizeMin.value)
      .max(L.batchSizeMax.value)
      .default(L.batchSizeDefault.value)
      .meta({ title: 'Batch size', unit: 'records', description: `Stream sources: most records per invocation (${L.batchSizeMin.value}–${L.batchSizeMax.value}; batches stop at ${L.syncPayloadMiB.value} MiB).` }),
    batchingWindowSeconds: z
      .number()
      .int()
      .min(0)
      .max(L.batchingWindowMaxSeconds.value)
      .default(L.batchingWindowDefaultSeconds.value)
      .meta({ title: 'Batching window', unit: 's', description: `Stream sources: wait up to this long to fill a batch (0–${L.batchingWindowMaxSeconds.value} s).` }),
    parallelizationFactor: z
      .number()
      .int()
      .min(L.parallelizationFactorMin.value)
      .max(L.parallelizationFactorMax.value)
      .default(L.parallelizationFactorMin.value)
      .meta({ title: 'Parallelization factor', description: `Kinesis and DynamoDB streams: concurrent batches per shard (${L.parallelizationFactorMin.value}–${L.parallelizationFactorMax.value}).` }),
    // A workload assumption for the simulator (how long your code takes), bounded by the timeout.
    batchDurationSeconds: z
      .number()
      .positive()
      .max(L.timeoutMaxSeconds.value)
      .default(1)
      .meta({ title: 'Duration per batch', unit: 's', description: 'How long one invocation (one batch, or one event) runs: the simulator derives the function’s throughput from it.' }),
    startingPosition: z
      .enum(['LATEST', 'TRIM_HORIZON'])
      .default('LATEST')
      .meta({ title: 'Starting position', description: 'Stream sources: read only new records (LATEST) or everything retained (TRIM_HORIZON).' }),
  }),
  inputs: [
    {
      id: 'records',
      label: 'Records',
      edgeKind: 'data',
      accepts: {
        'kinesis-data-stream': 'Kinesis event source mapping (polls each shard)',
        'dynamodb-table': 'DynamoDB Streams event source mapping',
        'kinesis-analytics': 'Lambda function as the application output',
        'iot-core': 'IoT rule Lambda action',
      },
    },
    {
      id: 'objects',
      label: 'Object events',
      edgeKind: 'data',
      accepts: {
        's3-bucket': 'S3 event notification (s3:ObjectCreated:*)',
        'vpc-endpoint': 'S3 objects read through the VPC gateway endpoint',
      },
    },
    {
      id: 'start',
      label: 'Start',
      edgeKind: 'control',
      accepts: {
        'step-functions': 'Step Functions task (lambda:invoke)',
        schedule: 'EventBridge schedule target (asynchronous invoke)',
      },
    },
  ],
  outputs: [
    {
      id: 'results',
      label: 'Writes',
      edgeKind: 'data',
      only: ['dynamodb-table', 's3-bucket', 'kinesis-data-stream', 'kinesis-firehose', 'opensearch', 'rds', 'redshift', 'elasticache', 'vpc-endpoint'],
    },
  ],
});
