import { z } from 'zod';
// aws-icons has no AWS Data Pipeline service icon (the service is closed to new customers): use its category, Analytics.
import icon from 'aws-icons/icons/category/Analytics.svg?raw';
import { DATA_PIPELINE_LIMITS_TABLE as L } from '../limits/data-pipeline';
import { defineKind } from '../types';

// A month counts as 30 days here: only used to compare with the 15-minute and 3-year bounds.
const MINUTES_PER = { minute: 1, hour: 60, day: 1_440, week: 10_080, month: 43_200, year: 525_600 } as const;

/** What is wrong with a Data Pipeline period ("N [minutes|hours|days|weeks|months|years]"), or nothing. */
export function periodProblem(period: string): string | undefined {
  const m = /^([1-9]\d*) (minute|hour|day|week|month|year)s?$/.exec(period.trim());
  if (!m) return 'expected "N minutes|hours|days|weeks|months|years", e.g. "1 days"';
  const minutes = Number(m[1]) * MINUTES_PER[m[2] as keyof typeof MINUTES_PER];
  if (minutes < L.periodMinMinutes.value) return `at least ${L.periodMinMinutes.value} minutes`;
  if (minutes > L.periodMaxYears.value * MINUTES_PER.year) return `at most ${L.periodMaxYears.value} years`;
  return undefined;
}

/** Activities that run Hadoop work need an EmrCluster resource; the others run on an Ec2Resource. */
const EMR_ACTIVITIES = ['EmrActivity', 'HiveActivity', 'HiveCopyActivity', 'PigActivity', 'HadoopActivity'] as const;
const ACTIVITIES = ['CopyActivity', 'RedshiftCopyActivity', 'SqlActivity', 'ShellCommandActivity', ...EMR_ACTIVITIES] as const;

const ActivitySchema = z.object({
  name: z.string().min(1).default('Copy').meta({ title: 'Name' }),
  type: z.enum(ACTIVITIES).default('CopyActivity').meta({ title: 'Activity', description: 'Copy (S3/SQL), Redshift copy, SQL, shell command, or an EMR/Hive/Pig/Hadoop activity.' }),
  runsOn: z.enum(['Ec2Resource', 'EmrCluster']).default('Ec2Resource').meta({ title: 'Runs on', description: 'Resource Data Pipeline launches in your account for the activity.' }),
  dependsOn: z.array(z.string()).default([]).meta({ title: 'Depends on', description: 'Names of activities that must finish first.' }),
});

/** AWS Data Pipeline: scheduled activities moving data between S3, RDS, DynamoDB and Redshift. */
export const dataPipeline = defineKind({
  id: 'data-pipeline',
  title: 'AWS Data Pipeline',
  shortTitle: 'Data Pipeline',
  category: 'orchestration',
  summary: 'Scheduled copy and EMR activities between S3, RDS, DynamoDB and Redshift.',
  help:
    'An orchestration service that runs activities on a schedule on EC2 instances or EMR clusters it launches in your account: copies ' +
    'between S3 and SQL databases, loads into Redshift, Hive/Pig/EMR jobs, shell commands. It manages dependencies, retries and failure ' +
    `notifications, and a Task Runner can reach on-premises databases. The period runs from ${L.periodMinMinutes.value} minutes to ` +
    `${L.periodMaxYears.value} years. AWS Data Pipeline is closed to new customers: prefer Glue, Step Functions or MWAA for new designs.`,
  icon,
  config: z
    .object({
      scheduleType: z
        .enum(['cron', 'timeseries', 'ondemand'])
        .default('cron')
        .meta({ title: 'Schedule type', description: 'cron: runs at the start of each period. timeseries: at the end. ondemand: on each activation.' }),
      period: z.string().default('1 days').meta({ title: 'Period', description: `e.g. "1 hours", "1 days" (${L.periodMinMinutes.value} minutes to ${L.periodMaxYears.value} years).` }),
      activities: z
        .array(ActivitySchema)
        .min(1)
        .default([{ name: 'Copy', type: 'CopyActivity', runsOn: 'Ec2Resource', dependsOn: [] }])
        .meta({ title: 'Activities', description: 'What the pipeline does each period.' }),
    })
    .superRefine((config, ctx) => {
      const problem = config.scheduleType === 'ondemand' ? undefined : periodProblem(config.period);
      if (problem) ctx.addIssue({ code: 'custom', path: ['period'], message: `Period: ${problem}` });
      const names = new Set(config.activities.map((a) => a.name));
      config.activities.forEach((activity, i) => {
        if ((EMR_ACTIVITIES as readonly string[]).includes(activity.type) && activity.runsOn !== 'EmrCluster') {
          ctx.addIssue({ code: 'custom', path: ['activities', i, 'runsOn'], message: `${activity.type} "${activity.name}" runs on an EmrCluster resource` });
        }
        for (const dependency of activity.dependsOn) {
          if (!names.has(dependency)) ctx.addIssue({ code: 'custom', path: ['activities', i, 'dependsOn'], message: `"${activity.name}" depends on unknown activity "${dependency}"` });
        }
      });
    }),
  inputs: [
    { id: 'objects', label: 'S3 input', edgeKind: 'data', accepts: { 's3-bucket': 'S3DataNode input' } },
    {
      id: 'rows',
      label: 'Database input',
      edgeKind: 'data',
      accepts: {
        rds: 'SqlDataNode input (RDS / JDBC)',
        'dynamodb-table': 'DynamoDBDataNode input',
        redshift: 'RedshiftDataNode input',
        'onprem-database': 'JdbcDatabase reached by a Task Runner on premises',
      },
    },
  ],
  outputs: [
    { id: 'objects', label: 'S3 output', edgeKind: 'data', only: ['s3-bucket'] },
    { id: 'rows', label: 'Database output', edgeKind: 'data', only: ['rds', 'dynamodb-table', 'redshift'] },
    { id: 'starts', label: 'EMR activities', edgeKind: 'control', only: ['emr-cluster'] },
  ],
});
