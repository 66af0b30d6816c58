import { z } from 'zod';
import icon from 'aws-icons/icons/architecture-service/AmazonSageMakerAI.svg?raw';
import { SAGEMAKER_LIMITS_TABLE as L } from '../limits/sagemaker';
import { defineKind } from '../types';

const DAY = 86_400;

/** Settings only some modes have; the instance type and count are common to all. */
const WorkloadSchema = z.discriminatedUnion('mode', [
  z
    .object({
      mode: z.literal('training'),
      maxRuntimeSeconds: z
        .number()
        .int()
        .positive()
        .max(L.trainingMaxRuntimeMaxSeconds.value)
        .default(L.trainingMaxRuntimeDefaultSeconds.value)
        .meta({ title: 'Maximum runtime', unit: 's', description: `The job is stopped after this long (default ${L.trainingMaxRuntimeDefaultSeconds.value} s; at most ${L.trainingMaxRuntimeMaxSeconds.value / DAY} days).` }),
      managedSpot: z.boolean().default(false).meta({ title: 'Managed Spot training', description: 'Cheaper Spot capacity; use checkpoints so an interruption does not restart from scratch.' }),
    })
    .meta({ title: 'Training job' }),
  z.object({ mode: z.literal('endpoint') }).meta({ title: 'Real-time endpoint' }),
  z.object({ mode: z.literal('batch-transform') }).meta({ title: 'Batch transform' }),
  z.object({ mode: z.literal('processing') }).meta({ title: 'Processing job' }),
]);

/** Amazon SageMaker AI: training jobs, real-time endpoints, batch transform and processing jobs. */
export const sagemaker = defineKind({
  id: 'sagemaker',
  title: 'Amazon SageMaker AI',
  shortTitle: 'SageMaker',
  category: 'compute',
  summary: 'Trains models from S3 and serves or applies them (endpoints, batch transform).',
  help:
    'Machine learning on managed instances. A training job reads its channels from S3 and writes model artifacts back to S3; a batch ' +
    'transform or processing job reads and writes S3; a real-time endpoint serves predictions, for example on frames taken from a Kinesis ' +
    'video stream, with detections written to a Kinesis data stream. Jobs are billed per instance-second, endpoints for every hour they run. ' +
    `Training stops at its maximum runtime (default ${L.trainingMaxRuntimeDefaultSeconds.value / DAY} day, at most ${L.trainingMaxRuntimeMaxSeconds.value / DAY} days). For private access to S3, run in your VPC through an S3 gateway ` +
    'endpoint; network isolation additionally blocks all outbound calls from the training container.',
  icon,
  config: z.object({
    workload: WorkloadSchema.default({ mode: 'training', maxRuntimeSeconds: L.trainingMaxRuntimeDefaultSeconds.value, managedSpot: false }).meta({
      title: 'Mode',
      description: 'Training job, real-time endpoint, batch transform or processing job.',
    }),
    instanceType: z
      .string()
      .regex(/^ml\.[a-z0-9]+\.[a-z0-9]+$/, 'Expected a SageMaker instance type such as ml.m5.xlarge')
      .default('ml.m5.xlarge')
      .meta({ title: 'Instance type', description: 'ML instance type, e.g. ml.m5.xlarge (CPU) or ml.g5.xlarge (GPU).' }),
    instanceCount: z.number().int().positive().default(1).meta({ title: 'Instances', description: 'Instances working in parallel (endpoint: initial instance count).' }),
    // Workload assumptions for the simulator: an endpoint's rate depends on the model and the instance.
    inferencesPerSecondPerInstance: z
      .number()
      .positive()
      .nullable()
      .default(null)
      .meta({ title: 'Inferences per instance (simulation)', unit: 'per s', description: 'Real-time endpoint: requests one instance answers per second, as measured by a load test. Empty: the simulator does not limit the endpoint.' }),
    jobRunMinutes: z
      .number()
      .positive()
      .default(60)
      .meta({ title: 'Run time (simulation)', unit: 'min', description: 'Training, batch transform and processing jobs: how long one run takes, for the simulator; a training run is capped by its maximum runtime.' }),
    resultSizeBytes: z.number().int().min(1).default(1_000).meta({ title: 'Result size (simulation)', unit: 'bytes', description: 'Real-time endpoint: size of one prediction (a detections record), one per request.' }),
    vpc: z.boolean().default(false).meta({ title: 'Run in a VPC', description: 'Attach the instances to your subnets; S3 is then reached through a gateway endpoint (or a NAT).' }),
    networkIsolation: z.boolean().default(false).meta({ title: 'Network isolation', description: 'The container cannot make outbound network calls; SageMaker still moves the S3 input and output.' }),
  }),
  inputs: [
    {
      id: 'objects',
      label: 'S3 input',
      edgeKind: 'data',
      accepts: { 's3-bucket': 'S3 input channel (training data, transform input)', 'vpc-endpoint': 'S3 input through the VPC gateway endpoint' },
    },
    { id: 'frames', label: 'Video frames', edgeKind: 'data', accepts: { 'kinesis-video-stream': 'Frames read from the stream (GetMedia consumer) and sent for inference' } },
    { id: 'key', label: 'KMS key', edgeKind: 'metadata', accepts: { 'kms-key': 'Volume and output encryption key (VolumeKmsKeyId / OutputDataConfig.KmsKeyId)' } },
    {
      id: 'start',
      label: 'Start',
      edgeKind: 'control',
      accepts: { 'step-functions': 'Step Functions SageMaker integration (createTrainingJob.sync, createTransformJob.sync, …)' },
    },
  ],
  outputs: [
    { id: 'artifacts', label: 'S3 output', edgeKind: 'data', only: ['s3-bucket', 'vpc-endpoint'] },
    { id: 'detections', label: 'Detections', edgeKind: 'data', only: ['kinesis-data-stream'] },
  ],
});
