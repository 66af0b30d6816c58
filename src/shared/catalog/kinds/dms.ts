import { z } from 'zod';
import icon from 'aws-icons/icons/architecture-service/AWSDatabaseMigrationService.svg?raw';
import { DMS_LIMITS_TABLE as L } from '../limits/dms';
import { defineKind } from '../types';

/** One selection rule of the task's table mapping; `%` is DMS's wildcard. */
const TableMappingSchema = z.object({
  action: z.enum(['include', 'exclude']).default('include').meta({ title: 'Action' }),
  schemaName: z.string().min(1).default('%').meta({ title: 'Schema', description: 'Schema name; % matches any.' }),
  tableName: z.string().min(1).default('%').meta({ title: 'Table', description: 'Table name; % matches any.' }),
});

/** AWS Database Migration Service: one replication task on its replication instance. */
export const dms = defineKind({
  id: 'dms',
  title: 'AWS Database Migration Service',
  shortTitle: 'DMS',
  category: 'ingest',
  summary: 'Copies a database, then keeps replicating its changes (CDC).',
  help:
    'A replication task running on a replication instance (an EC2 instance DMS manages): it reads one source endpoint and writes one target ' +
    'endpoint, first copying the selected tables (full load), then applying ongoing changes (change data capture). It moves data, it does not ' +
    'transform it: use Glue afterwards. When the target cannot keep up, changes queue on the instance’s storage. ' +
    `Quotas: ${L.replicationInstancesPerAccount.value} replication instances and ${L.tasksPerAccount.value} tasks per account, ` +
    `${L.tasksPerInstance.value} tasks per instance, ${L.storagePerRegionGiB.value.toLocaleString('en-US')} GB of instance storage per Region. ` +
    'DMS publishes no per-instance CDC rate: size the instance class by testing.',
  icon,
  config: z.object({
    migrationType: z
      .enum(['full-load', 'cdc', 'full-load-and-cdc'])
      .default('full-load-and-cdc')
      .meta({ title: 'Migration type', description: 'Full load only, ongoing changes only, or a full load followed by ongoing changes.' }),
    replicationInstanceClass: z
      .enum([
        'dms.t3.micro',
        'dms.t3.small',
        'dms.t3.medium',
        'dms.t3.large',
        'dms.c5.large',
        'dms.c5.xlarge',
        'dms.c5.2xlarge',
        'dms.c5.4xlarge',
        'dms.r5.large',
        'dms.r5.xlarge',
        'dms.r5.2xlarge',
        'dms.r5.4xlarge',
      ])
      .default('dms.t3.medium')
      .meta({ title: 'Instance class', description: 'Compute and memory of the replication instance: T3 for tests and small loads, C5 for CPU-bound, R5 for memory-bound (many tables, large transactions).' }),
    multiAz: z.boolean().default(false).meta({ title: 'Multi-AZ', description: 'A standby replication instance in another Availability Zone (about twice the instance price).' }),
    allocatedStorageGiB: z
      .number()
      .int()
      .min(1)
      .max(L.storagePerRegionGiB.value)
      .default(50)
      .meta({ title: 'Storage', unit: 'GiB', description: `Instance storage for cached changes and logs; all instances of a Region share a ${L.storagePerRegionGiB.value.toLocaleString('en-US')} GB quota.` }),
    // A workload assumption for the simulator: DMS publishes no per-instance rate (reference table).
    fullLoadMBps: z
      .number()
      .positive()
      .nullable()
      .default(null)
      .meta({ title: 'Full load throughput (simulation)', unit: 'MB/s', description: 'How fast this instance copies the existing rows, as measured in a test run (DMS publishes no rate per class). Empty: the simulator takes the copy as instant.' }),
    tableMappings: z
      .array(TableMappingSchema)
      .min(1, 'A DMS task needs at least one selection rule')
      .default([TableMappingSchema.parse({})])
      .meta({ title: 'Table mappings', description: 'Selection rules, in order: which schemas and tables the task migrates.' }),
  }),
  inputs: [
    {
      id: 'rows',
      label: 'Source endpoint',
      edgeKind: 'data',
      accepts: { 'onprem-database': 'Source endpoint (self-managed database)', rds: 'Source endpoint (Amazon RDS / Aurora)' },
      max: 1,
      maxReason: 'a replication task has one source endpoint',
    },
    {
      id: 'start',
      label: 'Start',
      edgeKind: 'control',
      accepts: { 'step-functions': 'StartReplicationTask (AWS SDK integration)' },
    },
  ],
  outputs: [
    {
      id: 'rows',
      label: 'Target endpoint',
      edgeKind: 'data',
      only: ['s3-bucket', 'redshift', 'rds', 'dynamodb-table', 'kinesis-data-stream', 'opensearch'],
      max: 1,
      maxReason: 'a replication task has one target endpoint',
    },
  ],
});
