import type { AwsLimit } from './units';

const NAMES = 'Amazon Athena user guide, Name databases, tables, and columns (docs.aws.amazon.com/athena/latest/ug/tables-databases-columns-names.html)';

/** The Glue Data Catalog and crawlers (Glue ETL job limits live with the job kind). */
export const GLUE_CATALOG_LIMITS_TABLE = {
  nameMaxLength: { value: 255, unit: 'bytes per database, table or column name (lower case)', source: NAMES },
  tablesPerDatabase: { value: 200_000, unit: 'tables per database (default quota)', source: 'AWS Glue endpoints and quotas (docs.aws.amazon.com/general/latest/gr/glue.html), as quoted on AWS re:Post' },
  scheduleMinMinutes: { value: 5, unit: 'minutes between scheduled runs (cron)', source: 'AWS Glue developer guide, Time-based schedules for jobs and crawlers (monitor-data-warehouse-schedule.md)' },
} as const satisfies Record<string, AwsLimit>;
