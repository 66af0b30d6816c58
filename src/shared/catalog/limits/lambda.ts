import type { AwsLimit } from './units';

const LAMBDA_GUIDE = 'AWS Lambda developer guide, Lambda quotas (awsdocs aws-lambda-developer-guide, version of 2023-10-30; project reference table)';
const LAMBDA_CFN = 'CloudFormation schema AWS::Lambda::Function (MemorySize, Timeout, ReservedConcurrentExecutions)';
const ESM_GUIDE = 'AWS Lambda developer guide, with-kinesis.md and invocation-eventsourcemapping.md (project reference table)';
const ESM_CFN = 'CloudFormation schema AWS::Lambda::EventSourceMapping (BatchSize, MaximumBatchingWindowInSeconds, ParallelizationFactor)';

export const LAMBDA_LIMITS_TABLE = {
  memoryMinMiB: { value: 128, unit: 'MiB', source: LAMBDA_GUIDE },
  memoryMaxMiB: { value: 10_240, unit: 'MiB', source: LAMBDA_GUIDE },
  memoryDefaultMiB: { value: 128, unit: 'MiB', source: LAMBDA_CFN },
  memoryPerVcpuMiB: { value: 1_769, unit: 'MiB for one vCPU', source: LAMBDA_GUIDE },
  timeoutMinSeconds: { value: 1, unit: 's', source: LAMBDA_CFN },
  timeoutMaxSeconds: { value: 900, unit: 's', source: LAMBDA_GUIDE },
  timeoutDefaultSeconds: { value: 3, unit: 's', source: LAMBDA_CFN },
  accountConcurrency: { value: 1_000, unit: 'concurrent executions per Region (default, adjustable)', source: LAMBDA_GUIDE },
  syncPayloadMiB: { value: 6, unit: 'MiB per synchronous request or response', source: LAMBDA_GUIDE },
  asyncPayloadKiB: { value: 256, unit: 'KiB per asynchronous event', source: LAMBDA_GUIDE },
  batchSizeMin: { value: 1, unit: 'records', source: ESM_CFN },
  batchSizeMax: { value: 10_000, unit: 'records (Kinesis, DynamoDB Streams)', source: ESM_GUIDE },
  batchSizeDefault: { value: 100, unit: 'records (Kinesis, DynamoDB Streams)', source: ESM_GUIDE },
  batchingWindowMaxSeconds: { value: 300, unit: 's', source: ESM_GUIDE },
  batchingWindowDefaultSeconds: { value: 0, unit: 's (Kinesis, DynamoDB Streams)', source: ESM_GUIDE },
  parallelizationFactorMin: { value: 1, unit: 'concurrent batches per shard', source: ESM_CFN },
  parallelizationFactorMax: { value: 10, unit: 'concurrent batches per shard', source: ESM_GUIDE },
} as const satisfies Record<string, AwsLimit>;
