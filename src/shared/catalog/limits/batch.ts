import type { AwsLimit } from './units';

const BATCH_API = 'AWS Batch API reference (RetryStrategy, JobTimeout, ResourceRequirement)';

export const BATCH_LIMITS_TABLE = {
  retryAttemptsMin: { value: 1, unit: 'attempts', source: `${BATCH_API}: RetryStrategy.attempts 1–10` },
  retryAttemptsMax: { value: 10, unit: 'attempts', source: `${BATCH_API}: RetryStrategy.attempts 1–10` },
  timeoutMinSeconds: { value: 60, unit: 's', source: `${BATCH_API}: JobTimeout.attemptDurationSeconds minimum 60` },
  queuePriorityMin: { value: 0, unit: '', source: 'CloudFormation schema AWS::Batch::JobQueue, Priority 0–1000' },
  queuePriorityMax: { value: 1_000, unit: '', source: 'CloudFormation schema AWS::Batch::JobQueue, Priority 0–1000' },
  ec2MemoryMinMiB: { value: 4, unit: 'MiB', source: `${BATCH_API}: ResourceRequirement MEMORY, at least 4 MiB` },
} as const satisfies Record<string, AwsLimit>;

const steps = (min: number, max: number, step: number) => Array.from({ length: (max - min) / step + 1 }, (_, i) => min + i * step);

/**
 * Fargate vCPU values and the memory values (MiB) each allows, as AWS Batch's ResourceRequirement
 * lists them for Fargate jobs (up to 16 vCPU / 120 GiB since Oct 2022).
 */
export const BATCH_FARGATE_MEMORY_MIB: Readonly<Record<string, readonly number[]>> = {
  '0.25': [512, 1_024, 2_048],
  '0.5': steps(1_024, 4_096, 1_024),
  '1': steps(2_048, 8_192, 1_024),
  '2': steps(4_096, 16_384, 1_024),
  '4': steps(8_192, 30_720, 1_024),
  '8': steps(16_384, 61_440, 4_096),
  '16': steps(32_768, 122_880, 8_192),
};
export const BATCH_FARGATE_SOURCE = `${BATCH_API}: ResourceRequirement VCPU/MEMORY for Fargate`;
