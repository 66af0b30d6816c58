import { z } from 'zod';
import icon from 'aws-icons/icons/architecture-service/AWSBatch.svg?raw';
import { BATCH_FARGATE_MEMORY_MIB as FARGATE, BATCH_FARGATE_SOURCE, BATCH_LIMITS_TABLE as L } from '../limits/batch';
import { defineKind } from '../types';

// Sorted: integer-like keys would otherwise come before '0.25' and '0.5'.
const FARGATE_VCPUS = Object.keys(FARGATE).sort((a, b) => Number(a) - Number(b));
const FARGATE_MAX_GIB = Math.max(...Object.values(FARGATE).flat()) / 1_024;

/** AWS Batch job: a container run on a managed compute environment, queued by priority. */
export const batchJob = defineKind({
  id: 'batch-job',
  title: 'AWS Batch job',
  shortTitle: 'Batch job',
  category: 'compute',
  summary: 'Runs a container job on managed Fargate or EC2/Spot capacity.',
  help:
    'Any work packaged as a Docker image (not only ETL): AWS Batch queues the job, provisions Fargate or EC2/Spot capacity for it and ' +
    'tears it down afterwards. You pay only for the underlying compute. Fargate takes fixed vCPU/memory pairs ' +
    `(${FARGATE_VCPUS[0]}–${FARGATE_VCPUS.at(-1)} vCPU, up to ${FARGATE_MAX_GIB} GiB); Spot is cheapest but can be reclaimed, so give Spot jobs retries (${L.retryAttemptsMin.value}–${L.retryAttemptsMax.value} attempts). ` +
    `A timeout (at least ${L.timeoutMinSeconds.value} s) stops jobs that hang. Start it from Step Functions (submitJob.sync waits for the end) or a schedule.`,
  icon,
  config: z
    .object({
      computeEnvironment: z
        .enum(['FARGATE', 'FARGATE_SPOT', 'EC2', 'SPOT'])
        .default('FARGATE')
        .meta({ title: 'Compute environment', description: 'Fargate (serverless), Fargate Spot, EC2 On-Demand or EC2 Spot instances.' }),
      image: z.string().min(1).default('public.ecr.aws/docker/library/python:3.13').meta({ title: 'Container image', description: 'Image the job runs (ECR or public registry).' }),
      vcpus: z.number().positive().default(1).meta({ title: 'vCPUs', description: 'Fargate: 0.25, 0.5, 1, 2, 4, 8 or 16. EC2/Spot: whole vCPUs.' }),
      memoryMiB: z.number().int().positive().default(2_048).meta({ title: 'Memory', unit: 'MiB', description: 'Fargate allows set values per vCPU (1 vCPU: 2–8 GiB); EC2 at least 4 MiB.' }),
      queuePriority: z
        .number()
        .int()
        .min(L.queuePriorityMin.value)
        .max(L.queuePriorityMax.value)
        .default(1)
        .meta({ title: 'Job queue priority', description: `Higher runs first among queues sharing a compute environment (${L.queuePriorityMin.value}–${L.queuePriorityMax.value}).` }),
      retryAttempts: z
        .number()
        .int()
        .min(L.retryAttemptsMin.value)
        .max(L.retryAttemptsMax.value)
        .default(L.retryAttemptsMin.value)
        .meta({ title: 'Attempts', description: `Times the job may run before it is FAILED (${L.retryAttemptsMin.value}–${L.retryAttemptsMax.value}).` }),
      timeoutSeconds: z
        .number()
        .int()
        .min(L.timeoutMinSeconds.value)
        .default(3_600)
        .meta({ title: 'Attempt timeout', unit: 's', description: `Batch terminates an attempt that runs longer (at least ${L.timeoutMinSeconds.value} s).` }),
      // A workload estimate for the simulator (the job's run time depends on its code): 10 min is our starting point, not an AWS default.
      runMinutes: z.number().positive().default(10).meta({ title: 'Run time (simulation)', unit: 'min', description: 'How long one run takes, for the simulator; capped by the attempt timeout.' }),
    })
    .superRefine((config, ctx) => {
      if (config.computeEnvironment.startsWith('FARGATE')) {
        const memory = FARGATE[String(config.vcpus)];
        if (!memory) {
          ctx.addIssue({ code: 'custom', path: ['vcpus'], message: `Fargate vCPUs must be one of ${FARGATE_VCPUS.join(', ')} (${BATCH_FARGATE_SOURCE})` });
        } else if (!memory.includes(config.memoryMiB)) {
          const shown = memory.length > 4 ? `${memory[0]}–${memory.at(-1)} MiB in steps of ${memory[1]! - memory[0]!}` : `${memory.join(', ')} MiB`;
          ctx.addIssue({ code: 'custom', path: ['memoryMiB'], message: `Fargate with ${config.vcpus} vCPU takes ${shown}` });
        }
      } else {
        if (!Number.isInteger(config.vcpus)) ctx.addIssue({ code: 'custom', path: ['vcpus'], message: 'EC2 and Spot jobs take whole vCPUs' });
        if (config.memoryMiB < L.ec2MemoryMinMiB.value) ctx.addIssue({ code: 'custom', path: ['memoryMiB'], message: `A job needs at least ${L.ec2MemoryMinMiB.value} MiB` });
      }
    }),
  inputs: [
    { id: 'objects', label: 'S3 input', edgeKind: 'data', accepts: { 's3-bucket': 'Objects read by the job (job role)', 'vpc-endpoint': 'Objects read through the VPC gateway endpoint' } },
    {
      id: 'start',
      label: 'Start',
      edgeKind: 'control',
      accepts: { 'step-functions': 'Step Functions task (batch:submitJob.sync)', schedule: 'EventBridge target (SubmitJob to the job queue)' },
    },
  ],
  outputs: [{ id: 'objects', label: 'S3 output', edgeKind: 'data', only: ['s3-bucket', 'vpc-endpoint'] }],
});
