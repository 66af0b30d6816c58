import { z } from 'zod';
import icon from 'aws-icons/icons/architecture-service/AWSGlue.svg?raw';
import { GLUE_LIMITS_TABLE as L } from '../limits/glue-etl';
import { defineKind } from '../types';
import { scheduleExpressionProblem } from './schedule';

const text = (title: string, fallback: string, description?: string) => z.string().default(fallback).meta({ title, description });
const names = (title: string, description: string) => z.array(z.string()).default([]).meta({ title, description });

/** The bundled Glue transforms the notes list, each with the parameters it takes. */
const TransformSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('ApplyMapping'),
    mappings: z
      .array(z.object({ source: text('Source field', ''), sourceType: text('Source type', 'string'), target: text('Target field', ''), targetType: text('Target type', 'string') }))
      .default([])
      .meta({ title: 'Mappings', description: 'Rename, retype or drop fields: source field/type → target field/type.' }),
  }),
  z.object({ type: z.literal('DropFields'), paths: names('Fields', 'Fields to remove (dotted paths for nested fields).') }),
  z.object({ type: z.literal('DropNullFields') }),
  z.object({ type: z.literal('Filter'), condition: text('Condition', '', "Keep records for which this holds, e.g. status = 'active'.") }),
  z.object({ type: z.literal('Join'), table: text('Join with', '', 'Data Catalog table to join.'), keys: names('Keys (this side)', 'Join keys of the incoming data.'), otherKeys: names('Keys (other side)', 'Join keys of the other table.') }),
  z.object({ type: z.literal('Map'), function: text('Function', '', 'What the per-record function does (add, delete or look up fields).') }),
  z.object({
    type: z.literal('FindMatches'),
    transformId: text('ML transform', '', 'Id of the trained FindMatches ML transform.'),
    // Tradeoffs are ratios by definition (0–1); 0.5 is our neutral starting point, not an AWS default.
    precisionRecall: z.number().min(0).max(1).default(0.5).meta({ title: 'Precision / recall', description: '0 favours recall (fewer missed matches), 1 precision (fewer false matches).' }),
    accuracyCost: z.number().min(0).max(1).default(0.5).meta({ title: 'Accuracy / cost', description: '0 favours lower cost, 1 higher accuracy.' }),
  }),
]);

const WORKER_DPU = { 'G.1X': L.dpuG1X, 'G.2X': L.dpuG2X, 'G.4X': L.dpuG4X, 'G.8X': L.dpuG8X, 'G.12X': L.dpuG12X, 'G.16X': L.dpuG16X } as const;
const WORKER_CAP: Partial<Record<keyof typeof WORKER_DPU, number>> = { 'G.1X': L.maxWorkersG1X.value, 'G.2X': L.maxWorkersG2X.value };

const CapacitySchema = z.discriminatedUnion('mode', [
  z
    .object({
      mode: z.literal('workers'),
      workerType: z.enum(Object.keys(WORKER_DPU) as [keyof typeof WORKER_DPU]).default('G.1X').meta({ title: 'Worker type', description: 'G.1X = 1 DPU (4 vCPU, 16 GB) per worker, G.2X = 2 DPU, … G.16X = 16 DPU. G.4X and G.8X need Glue 3.0+.' }),
      numberOfWorkers: z.number().int().positive().default(10).meta({ title: 'Number of workers', description: `Maximum workers (with auto scaling, the ceiling). At most ${L.maxWorkersG1X.value} for G.1X and ${L.maxWorkersG2X.value} for G.2X.` }),
      autoScaling: z.boolean().default(true).meta({ title: 'Auto scaling', description: 'Glue 3.0+: add and remove workers up to the number above as the stages need them.' }),
    })
    .meta({ title: 'Worker type and count' }),
  z
    .object({
      mode: z.literal('max-capacity'),
      maxCapacityDpus: z.number().int().min(L.maxCapacityMinDpu.value).max(L.maxCapacityMaxDpu.value).default(L.maxCapacityDefaultDpu.value).meta({ title: 'Maximum capacity', unit: 'DPU', description: `Standard workers, Glue 1.0 only (${L.maxCapacityMinDpu.value}–${L.maxCapacityMaxDpu.value} DPU).` }),
    })
    .meta({ title: 'Maximum capacity (Glue 1.0)' }),
]);

const TriggerSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('on-demand') }).meta({ title: 'On demand (or started by Step Functions / a schedule)' }),
  z.object({ type: z.literal('scheduled'), cron: text('Cron', 'cron(0 3 * * ? *)', 'Glue scheduled trigger, UTC, e.g. cron(0 3 * * ? *).') }).meta({ title: 'Scheduled (cron)' }),
  z
    .object({
      type: z.literal('conditional'),
      logical: z.enum(['ANY', 'ALL']).default('ALL').meta({ title: 'Fire when', description: 'ALL or ANY of the watched runs reach their state.' }),
      watch: z
        .array(
          z.object({
            kind: z.enum(['job', 'crawler']).default('crawler').meta({ title: 'Watch' }),
            name: text('Name', '', 'Name of the job or crawler.'),
            state: z.enum(['SUCCEEDED', 'FAILED', 'STOPPED', 'TIMEOUT']).default('SUCCEEDED').meta({ title: 'State' }),
          }),
        )
        .default([{ kind: 'crawler', name: 'raw-crawler', state: 'SUCCEEDED' }])
        .meta({ title: 'Watched runs', description: 'Jobs or crawlers whose final state fires this job.' }),
    })
    .meta({ title: 'On job or crawler event' }),
]);

const GLUE_VERSIONS = ['1.0', '2.0', '3.0', '4.0', '5.0'] as const;

/** AWS Glue ETL job (Apache Spark), with its transforms, capacity, bookmarks and trigger. */
export const glueEtlJob = defineKind({
  id: 'glue-etl-job',
  title: 'AWS Glue ETL job',
  shortTitle: 'Glue job',
  category: 'compute',
  summary: 'Serverless Spark ETL: transform and convert data between S3 and databases.',
  help:
    'A serverless Apache Spark job that reads S3 (usually through Data Catalog tables) or JDBC/DynamoDB sources, applies transforms ' +
    '(ApplyMapping, DropFields, DropNullFields, Filter, Join, Map, FindMatches ML) and writes S3 in a columnar format or loads Redshift, RDS or DynamoDB. ' +
    `Capacity is workers × DPU per worker (1 DPU = 4 vCPU, 16 GB); billed per DPU-hour. At most ${L.maxWorkersG1X.value} G.1X or ` +
    `${L.maxWorkersG2X.value} G.2X workers. Job bookmarks make each run process only new files or rows; without them a scheduled job re-reads everything. ` +
    `A run stops after its timeout (default ${L.timeoutDefaultMinutes.value} min) and can be retried up to ${L.maxRetriesMax.value} times.`,
  icon,
  config: z
    .object({
      glueVersion: z.enum(GLUE_VERSIONS).default('5.0').meta({ title: 'Glue version', description: 'Decides the Spark and Python versions. 2.0+ use worker types; 1.0 uses maximum capacity.' }),
      capacity: CapacitySchema.default({ mode: 'workers', workerType: 'G.1X', numberOfWorkers: 10, autoScaling: true }).meta({ title: 'Capacity', description: 'Worker type and count (Glue 2.0+) or maximum DPUs (Glue 1.0).' }),
      executionClass: z.enum(['STANDARD', 'FLEX']).default('STANDARD').meta({ title: 'Execution class', description: 'FLEX runs on spare capacity at a lower DPU-hour price, for jobs that can wait to start.' }),
      jobBookmarks: z.enum(['enable', 'disable', 'pause']).default('enable').meta({ title: 'Job bookmarks', description: 'enable: process only data not seen by earlier runs. pause: read past the bookmark without moving it.' }),
      inputFormat: z.enum(['json', 'csv', 'parquet', 'orc', 'avro', 'xml']).default('json').meta({ title: 'Input format', description: 'Format of S3 source objects (taken from the catalog table when there is one).' }),
      transformations: z.array(TransformSchema).default([{ type: 'DropNullFields' }]).meta({ title: 'Transformations', description: 'Applied in order.' }),
      outputFormat: z.enum(['parquet', 'orc', 'json', 'csv', 'avro']).default('parquet').meta({ title: 'Output format', description: 'Format conversion happens here: JSON/CSV in, Parquet/ORC out makes Athena and Spectrum scan less.' }),
      partitionKeys: names('Partition keys', 'S3 output partitioned by these columns, e.g. year, month, day.'),
      trigger: TriggerSchema.default({ type: 'on-demand' }).meta({ title: 'Trigger', description: 'What starts a run besides control edges.' }),
      timeoutMinutes: z.number().int().positive().default(L.timeoutDefaultMinutes.value).meta({ title: 'Timeout', unit: 'min', description: `Run is stopped (TIMEOUT) after this long; default ${L.timeoutDefaultMinutes.value} min.` }),
      // A workload estimate for the simulator (no AWS throughput per DPU is in the reference data): 5 min is our starting point, not an AWS default.
      runMinutes: z.number().positive().default(5).meta({ title: 'Run time (simulation)', unit: 'min', description: 'How long one run takes, for the simulator and the cost estimate; capped by the timeout.' }),
      maxRetries: z.number().int().min(0).max(L.maxRetriesMax.value).default(0).meta({ title: 'Retries', description: `Automatic restarts after a failed run (0–${L.maxRetriesMax.value}).` }),
    })
    .superRefine((config, ctx) => {
      const { capacity, glueVersion } = config;
      if (capacity.mode === 'max-capacity' && glueVersion !== '1.0') {
        ctx.addIssue({ code: 'custom', path: ['capacity'], message: `Maximum capacity applies only to Glue 1.0; Glue ${glueVersion} takes a worker type and count` });
      }
      if (capacity.mode === 'workers') {
        const cap = WORKER_CAP[capacity.workerType];
        if (cap !== undefined && capacity.numberOfWorkers > cap) {
          ctx.addIssue({ code: 'custom', path: ['capacity', 'numberOfWorkers'], message: `At most ${cap} ${capacity.workerType} workers (${L.maxWorkersG1X.source})` });
        }
        if ((capacity.workerType === 'G.4X' || capacity.workerType === 'G.8X') && Number(glueVersion) < 3) {
          ctx.addIssue({ code: 'custom', path: ['capacity', 'workerType'], message: `${capacity.workerType} workers need Glue 3.0 or later` });
        }
      }
      if (config.trigger.type === 'scheduled') {
        // Glue scheduled triggers take cron() only (no rate()), with EventBridge's cron syntax.
        const { cron } = config.trigger;
        const problem = cron.startsWith('cron(') ? scheduleExpressionProblem(cron) : 'Glue scheduled triggers take a cron() expression';
        if (problem) ctx.addIssue({ code: 'custom', path: ['trigger', 'cron'], message: `Trigger schedule: ${problem}` });
      }
    }),
  inputs: [
    { id: 'objects', label: 'S3 source', edgeKind: 'data', accepts: { 's3-bucket': 'S3 source (path or Data Catalog table)', 'vpc-endpoint': 'S3 source through the VPC gateway endpoint' } },
    {
      id: 'rows',
      label: 'Database source',
      edgeKind: 'data',
      accepts: { rds: 'JDBC source through a Glue connection', redshift: 'Amazon Redshift source (unloaded through the S3 temporary directory)', 'dynamodb-table': 'DynamoDB source (table scan or export to S3)' },
    },
    { id: 'tables', label: 'Tables', edgeKind: 'metadata', accepts: { 'glue-data-catalog': 'Data Catalog table as source schema or target' } },
    // No max: a security configuration may name different keys for S3 targets, CloudWatch logs and job bookmarks.
    { id: 'key', label: 'KMS key', edgeKind: 'metadata', accepts: { 'kms-key': 'Security configuration: SSE-KMS for S3 targets, logs and job bookmarks' } },
    { id: 'start', label: 'Start', edgeKind: 'control', accepts: { 'step-functions': 'Step Functions task (glue:startJobRun.sync)', schedule: 'EventBridge Scheduler target (glue:StartJobRun)' } },
  ],
  outputs: [
    { id: 'objects', label: 'S3 target', edgeKind: 'data', only: ['s3-bucket', 'vpc-endpoint'] },
    { id: 'rows', label: 'Database target', edgeKind: 'data', only: ['redshift', 'rds', 'dynamodb-table'] },
    { id: 'tables', label: 'Catalog updates', edgeKind: 'metadata', only: ['glue-data-catalog'] },
  ],
});
