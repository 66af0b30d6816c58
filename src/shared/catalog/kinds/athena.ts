import { z } from 'zod';
import icon from 'aws-icons/icons/architecture-service/AmazonAthena.svg?raw';
import { ATHENA_LIMITS_TABLE as L } from '../limits/athena';
import { defineKind } from '../types';

/** Amazon Athena workgroup: serverless SQL over S3 through the Glue Data Catalog. */
export const athena = defineKind({
  id: 'athena',
  title: 'Amazon Athena',
  shortTitle: 'Athena',
  category: 'catalog-and-query',
  summary: 'Serverless SQL over S3, billed by the data each query scans.',
  help:
    'Runs SQL (Trino / Presto) over files in S3, using table definitions from the Glue Data Catalog; nothing to provision, results are written to an S3 location and read by QuickSight or applications. ' +
    `A query is billed by the bytes it scans (at least ${L.minimumBilledMBPerQuery.value} MB), so columnar formats (Parquet, ORC), compression and partition pruning cut both cost and time. ` +
    `A workgroup can cancel any query that would scan more than a cutoff (at least ${L.bytesScannedCutoffMinMB.value} MB); DML queries time out after ${L.dmlQueryTimeoutMinutes.value} minutes by default.`,
  icon,
  config: z.object({
    workgroup: z
      .string()
      .regex(new RegExp(`^[a-zA-Z0-9._-]{1,${L.workgroupNameMaxLength.value}}$`), `Workgroup names have 1–${L.workgroupNameMaxLength.value} letters, digits, dots, hyphens or underscores`)
      .default('primary')
      .meta({ title: 'Workgroup', description: 'Groups queries for cost control, result location and encryption settings.' }),
    engineVersion: z.enum(['AUTO', 'Athena engine version 3']).default('AUTO').meta({ title: 'Engine version', description: 'AUTO: Athena upgrades the workgroup itself.' }),
    bytesScannedCutoffMB: z
      .number()
      .int()
      .min(L.bytesScannedCutoffMinMB.value)
      .nullable()
      .default(null)
      .meta({ title: 'Data scanned limit per query', unit: 'MB', description: 'Cancel any query that scans more than this. Empty: no limit.' }),
    resultLocation: z
      .string()
      .regex(/^(s3:\/\/[a-z0-9.-]+\/\S*)?$/, 'Expected an S3 location such as s3://athena-results/')
      .default('')
      .meta({ title: 'Result location', description: 'Where query results are written. Empty: the connected S3 bucket.' }),
    resultEncryption: z.enum(['none', 'SSE_S3', 'SSE_KMS', 'CSE_KMS']).default('SSE_S3').meta({ title: 'Result encryption' }),
    queriesPerDay: z.number().min(0).default(100).meta({ title: 'Queries', unit: 'queries/day', description: 'Expected query volume, for the cost model.' }),
    dataScannedPerQueryGB: z
      .number()
      .min(0)
      .default(1)
      .meta({ title: 'Data scanned per query', unit: 'GB', description: 'Average, after partition pruning and column selection, for the cost model when no S3 bucket is connected (with one, the simulator reads the bucket).' }),
    // Workload assumptions for the simulator: AWS publishes no pruning or columnar ratio; they depend on the queries.
    partitionsReadPercent: z
      .number()
      .min(0)
      .max(100)
      .default(100)
      .meta({ title: 'Partitions read (simulation)', unit: '%', description: 'Share of the connected bucket’s data a query’s WHERE clause leaves after partition pruning (100: no pruning).' }),
    columnsReadPercent: z
      .number()
      .min(0)
      .max(100)
      .default(100)
      .meta({ title: 'Columns read (simulation)', unit: '%', description: 'Share of each row’s bytes a query reads: below 100 only for columnar files (Parquet, ORC); CSV and JSON are read whole.' }),
  }),
  inputs: [
    { id: 'objects', label: 'Data in S3', edgeKind: 'data', accepts: { 's3-bucket': 'External tables over S3' } },
    { id: 'tables', label: 'Table definitions', edgeKind: 'metadata', accepts: { 'glue-data-catalog': 'AwsDataCatalog' } },
    { id: 'start', label: 'Start', edgeKind: 'control', accepts: { 'step-functions': 'Step Functions athena:startQueryExecution' } },
  ],
  outputs: [{ id: 'results', label: 'Query results', edgeKind: 'data' }],
});
