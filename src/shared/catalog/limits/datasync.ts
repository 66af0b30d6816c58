import type { AwsLimit } from './units';

const DATASYNC_LIMITS = 'AWS DataSync user guide, quotas (awsdocs aws-datasync-user-guide, datasync-limits.md)';
const DATASYNC_SCHEDULE = 'AWS DataSync user guide, Scheduling your task (docs.aws.amazon.com/datasync/latest/userguide/task-scheduling.html)';

export const DATASYNC_LIMITS_TABLE = {
  taskThroughputMaxGbps: { value: 10, unit: 'Gbps per task (hard)', source: DATASYNC_LIMITS },
  filesPerTaskSelfManaged: { value: 50_000_000, unit: 'files per task between self-managed storage and AWS', source: DATASYNC_LIMITS },
  tasksPerAccount: { value: 100, unit: 'tasks per account', source: DATASYNC_LIMITS },
  scheduleMinIntervalMinutes: { value: 60, unit: 'minutes between scheduled runs', source: DATASYNC_SCHEDULE },
  scheduleExpressionMaxLength: { value: 256, unit: 'characters', source: 'CloudFormation schema AWS::DataSync::Task TaskSchedule.ScheduleExpression' },
} as const satisfies Record<string, AwsLimit>;
