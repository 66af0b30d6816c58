import type { AwsLimit } from './units';

const DMS_QUOTAS = 'AWS DMS user guide, Quotas for AWS Database Migration Service (awsdocs aws-dms-user-guide, CHAP_Limits.md)';

export const DMS_LIMITS_TABLE = {
  replicationInstancesPerAccount: { value: 60, unit: 'replication instances per account', source: DMS_QUOTAS },
  // The quota covers all replication instances of a Region together, so one instance cannot exceed it.
  storagePerRegionGiB: { value: 30_000, unit: 'GB of replication instance storage per Region', source: DMS_QUOTAS },
  tasksPerInstance: { value: 200, unit: 'tasks per replication instance', source: DMS_QUOTAS },
  tasksPerAccount: { value: 600, unit: 'tasks per account', source: DMS_QUOTAS },
  endpointsPerInstance: { value: 100, unit: 'endpoints per replication instance', source: DMS_QUOTAS },
} as const satisfies Record<string, AwsLimit>;
