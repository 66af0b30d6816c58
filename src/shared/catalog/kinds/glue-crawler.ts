import { z } from 'zod';
import icon from 'aws-icons/icons/resource/AWSGlueCrawler.svg?raw';
import { GLUE_CATALOG_LIMITS_TABLE as L } from '../limits/glue-catalog';
import { defineKind } from '../types';

/** What is wrong with a Glue cron expression (six fields, UTC, at most every 5 minutes), or nothing. */
export function glueCronProblem(expression: string): string | undefined {
  const fields = /^cron\((.*)\)$/.exec(expression.trim())?.[1]?.trim().split(/\s+/);
  if (!fields || fields.length !== 6) return 'Expected cron(Minutes Hours Day-of-month Month Day-of-week Year), e.g. cron(0 * * * ? *)';
  const [minutes, , dayOfMonth, , dayOfWeek] = fields as [string, string, string, string, string, string];
  if ((dayOfMonth === '?') === (dayOfWeek === '?')) return 'Put ? in exactly one of Day-of-month and Day-of-week';
  const step = /^(?:\*|\d+)\/(\d+)$/.exec(minutes)?.[1];
  if (minutes === '*' || (step !== undefined && Number(step) < L.scheduleMinMinutes.value)) return `Glue schedules run at most every ${L.scheduleMinMinutes.value} minutes`;
  return undefined;
}

const ScheduleSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('on demand') }).meta({ title: 'On demand (or started by an orchestrator)' }),
  z
    .object({
      mode: z.literal('cron'),
      expression: z
        .string()
        .default('cron(0 * * * ? *)')
        .superRefine((expression, ctx) => {
          const problem = glueCronProblem(expression);
          if (problem) ctx.addIssue({ code: 'custom', message: problem });
        })
        .meta({ title: 'Cron expression', description: 'UTC, six fields: cron(Minutes Hours Day-of-month Month Day-of-week Year).' }),
    })
    .meta({ title: 'Schedule (cron)' }),
]);

const TargetSchema = z.object({
  type: z.enum(['S3', 'JDBC', 'DynamoDB']).default('S3').meta({ title: 'Type' }),
  path: z.string().min(1).default('s3://bucket/prefix/').meta({ title: 'Path', description: 'S3: s3://bucket/prefix/. JDBC: database/schema/% through a Glue connection. DynamoDB: the table name.' }),
});

/** AWS Glue crawler. */
export const glueCrawler = defineKind({
  id: 'glue-crawler',
  title: 'AWS Glue crawler',
  shortTitle: 'Crawler',
  category: 'catalog-and-query',
  summary: 'Infers schemas and partitions from S3, JDBC stores or DynamoDB into the Data Catalog.',
  help:
    'A crawler reads samples of the data in its targets (S3 prefixes, JDBC databases such as RDS or Redshift, DynamoDB tables), infers formats, columns and partitions from the layout ' +
    '(s3://bucket/dataset/year=2024/month=05/ becomes partition keys) and writes table definitions into one Data Catalog database. ' +
    `It runs on demand, on a cron schedule (UTC, at most every ${L.scheduleMinMinutes.value} minutes) or when Step Functions or a schedule starts it, and is billed by DPU-hour with a minimum per run. ` +
    'Crawling new folders only is much cheaper on a growing lake, but then schema changes are only logged.',
  icon,
  config: z
    .object({
      schedule: ScheduleSchema.default({ mode: 'on demand' }).meta({ title: 'Schedule' }),
      targets: z
        .array(TargetSchema)
        .default([])
        .meta({ title: 'Targets', description: 'Paths to crawl. Connected stores are crawled too; list a path here to narrow a bucket to a prefix.' }),
      schemaChangePolicy: z
        .object({
          updateBehavior: z.enum(['UPDATE_IN_DATABASE', 'LOG']).default('UPDATE_IN_DATABASE').meta({ title: 'When a schema changes', description: 'Update the table definition, or only log the change.' }),
          deleteBehavior: z
            .enum(['DEPRECATE_IN_DATABASE', 'DELETE_FROM_DATABASE', 'LOG'])
            .default('DEPRECATE_IN_DATABASE')
            .meta({ title: 'When data disappears', description: 'Mark the table deprecated, delete it, or only log.' }),
        })
        .default({ updateBehavior: 'UPDATE_IN_DATABASE', deleteBehavior: 'DEPRECATE_IN_DATABASE' })
        .meta({ title: 'Schema change policy' }),
      recrawlPolicy: z
        .enum(['CRAWL_EVERYTHING', 'CRAWL_NEW_FOLDERS_ONLY'])
        .default('CRAWL_EVERYTHING')
        .meta({ title: 'Recrawl', description: 'Everything on each run, or only S3 folders added since the last run (incremental).' }),
    })
    .superRefine((config, ctx) => {
      const { updateBehavior, deleteBehavior } = config.schemaChangePolicy;
      if (config.recrawlPolicy === 'CRAWL_NEW_FOLDERS_ONLY' && (updateBehavior !== 'LOG' || deleteBehavior !== 'LOG')) {
        ctx.addIssue({ code: 'custom', path: ['recrawlPolicy'], message: 'Crawling new folders only requires the schema change policy to LOG updates and deletions' });
      }
    }),
  inputs: [
    {
      id: 'data',
      label: 'Crawled stores',
      edgeKind: 'data',
      accepts: { 's3-bucket': 'S3 target', rds: 'JDBC target', redshift: 'JDBC target', 'dynamodb-table': 'DynamoDB target' },
    },
    { id: 'start', label: 'Start', edgeKind: 'control', accepts: { 'step-functions': 'Step Functions glue:startCrawler', schedule: 'EventBridge schedule (StartCrawler)' } },
  ],
  outputs: [
    { id: 'tables', label: 'Table definitions', edgeKind: 'metadata', only: ['glue-data-catalog'], max: 1, maxReason: 'a crawler writes to one Data Catalog database' },
  ],
});
