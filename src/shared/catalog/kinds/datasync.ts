import { z } from 'zod';
import icon from 'aws-icons/icons/architecture-service/AWSDataSync.svg?raw';
import { DATASYNC_LIMITS_TABLE as L } from '../limits/datasync';
import { defineKind } from '../types';

/** Why a DataSync schedule expression is refused, or nothing. Empty means no schedule (runs on demand). */
export function scheduleProblem(expression: string): string | undefined {
  if (expression === '') return undefined;
  if (expression.length > L.scheduleExpressionMaxLength.value) return `Schedule must be at most ${L.scheduleExpressionMaxLength.value} characters`;
  const rate = /^rate\((\d+) (minute|minutes|hour|hours|day|days)\)$/.exec(expression);
  if (rate) {
    const minutes = Number(rate[1]) * (rate[2]!.startsWith('minute') ? 1 : rate[2]!.startsWith('hour') ? 60 : 1_440);
    if (minutes < L.scheduleMinIntervalMinutes.value) return `Schedule must run at most once every ${L.scheduleMinIntervalMinutes.value} minutes (1 hour)`;
    return undefined;
  }
  if (/^cron\([^()]+\)$/.test(expression)) return undefined;
  return 'Schedule must be empty, a rate(…) or a cron(…) expression, e.g. rate(24 hours) or cron(0 2 * * ? *)';
}

/** AWS DataSync: a task that copies files from a storage location to Amazon S3 through an agent. */
export const datasync = defineKind({
  id: 'datasync',
  title: 'AWS DataSync',
  shortTitle: 'DataSync',
  category: 'ingest',
  summary: 'Copies files from NFS, SMB, HDFS or S3 into Amazon S3, on a schedule.',
  help:
    'A DataSync task copies one source location to one destination location: here an on-premises NFS, SMB or HDFS share ' +
    '(through a DataSync agent VM) or another S3 bucket, into S3. Each run scans both sides, copies what changed, and can verify the result. ' +
    `A task moves at most ${L.taskThroughputMaxGbps.value} Gbps and ${L.filesPerTaskSelfManaged.value.toLocaleString('en-US')} files ` +
    `(self-managed storage to AWS); schedules run at most hourly. An account has ${L.tasksPerAccount.value} tasks by default.`,
  icon,
  config: z.object({
    schedule: z
      .string()
      .default('rate(24 hours)')
      .superRefine((expression, ctx) => {
        const problem = scheduleProblem(expression);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      })
      .meta({ title: 'Schedule', description: 'rate(…) or cron(…) in UTC, at most hourly; empty: run on demand (or started by Step Functions).' }),
    bandwidthLimitMbps: z
      .number()
      .int()
      .min(0)
      .max(L.taskThroughputMaxGbps.value * 1_000)
      .default(0)
      .meta({ title: 'Bandwidth limit', unit: 'Mbit/s', description: `Cap on the network the task uses; 0: no limit (up to ${L.taskThroughputMaxGbps.value} Gbps per task).` }),
    verifyMode: z
      .enum(['ONLY_FILES_TRANSFERRED', 'POINT_IN_TIME_CONSISTENT', 'NONE'])
      .default('ONLY_FILES_TRANSFERRED')
      .meta({ title: 'Verify', description: 'Check checksums of the files copied, of the whole destination at the end of the run, or not at all.' }),
    transferMode: z
      .enum(['CHANGED', 'ALL'])
      .default('CHANGED')
      .meta({ title: 'Transfer', description: 'CHANGED: only data and metadata that differ from the destination. ALL: everything, without comparing.' }),
    taskMode: z
      .enum(['BASIC', 'ENHANCED'])
      .default('BASIC')
      .meta({
        title: 'Task mode',
        description: 'ENHANCED lists, copies and verifies in parallel with virtually no file-count quota, but takes no bandwidth limit; it serves S3-to-S3, other clouds, and NFS/SMB through an Enhanced mode agent.',
      }),
    preserveDeletedFiles: z.boolean().default(true).meta({ title: 'Keep deleted files', description: 'Keep files in the destination that were deleted from the source.' }),
  }),
  inputs: [
    {
      id: 'objects',
      label: 'Source location',
      edgeKind: 'data',
      accepts: { 'onprem-fileshare': 'Source location (NFS, SMB or HDFS, through a DataSync agent)', 's3-bucket': 'Source location (Amazon S3)' },
      max: 1,
      maxReason: 'a DataSync task has one source location',
    },
    {
      id: 'start',
      label: 'Start',
      edgeKind: 'control',
      accepts: { 'step-functions': 'StartTaskExecution (AWS SDK integration)', schedule: 'EventBridge Scheduler target (datasync:StartTaskExecution)' },
    },
  ],
  outputs: [
    {
      id: 'objects',
      label: 'Destination location',
      edgeKind: 'data',
      only: ['s3-bucket'],
      max: 1,
      maxReason: 'a DataSync task has one destination location',
    },
  ],
});
