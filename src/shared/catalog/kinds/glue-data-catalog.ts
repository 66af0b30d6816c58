import { z } from 'zod';
import icon from 'aws-icons/icons/resource/AWSGlueDataCatalog.svg?raw';
import { GLUE_CATALOG_LIMITS_TABLE as L } from '../limits/glue-catalog';
import { defineKind } from '../types';

/** Database, table and column names as Athena and Spectrum can use them: 1–255 characters, lower case. */
export const catalogName = (fallback: string) =>
  z
    .string()
    .min(1)
    .max(L.nameMaxLength.value)
    .refine((name) => name === name.toLowerCase(), 'Names must be lower case (Athena lowers them)')
    .default(fallback);

const PartitionKeySchema = z.object({
  name: catalogName('dt').meta({ title: 'Name' }),
  type: z.enum(['string', 'int', 'bigint', 'date']).default('string').meta({ title: 'Type' }),
});

const TableSchema = z.object({
  name: catalogName('events').meta({ title: 'Table name' }),
  location: z
    .string()
    .regex(/^(s3:\/\/[a-z0-9.-]+\/\S*)?$/, 'Expected an S3 location such as s3://bucket/prefix/')
    .default('')
    .meta({ title: 'Location', description: 'S3 prefix holding the data, e.g. s3://lake/raw/events/. Empty for JDBC or DynamoDB tables.' }),
  format: z.enum(['Parquet', 'ORC', 'JSON', 'CSV', 'Avro']).default('Parquet').meta({ title: 'Format' }),
  partitionKeys: z.array(PartitionKeySchema).default([]).meta({ title: 'Partition keys', description: 'Columns taken from the key path (e.g. year, month, day), used to prune what a query scans.' }),
});

/** AWS Glue Data Catalog: one database and its table definitions. */
export const glueDataCatalog = defineKind({
  id: 'glue-data-catalog',
  title: 'AWS Glue Data Catalog',
  shortTitle: 'Data Catalog',
  category: 'catalog-and-query',
  summary: 'Metadata store of table schemas and partitions for Athena, Spectrum, EMR and Glue.',
  help:
    'The Hive-compatible metastore of the account: databases of tables that say where data lives in S3 (or a JDBC store), in which format, with which columns and partitions. It holds no data itself. ' +
    'Crawlers and Glue jobs write the definitions; Athena, Redshift Spectrum, EMR, Glue jobs and Firehose record format conversion (Parquet / ORC) read them. Schemas are versioned. ' +
    `Names are lower case, at most ${L.nameMaxLength.value} characters; a database holds up to ${L.tablesPerDatabase.value.toLocaleString('en-US')} tables by default. Partitions that are not registered are invisible to queries.`,
  icon,
  config: z.object({
    databaseName: catalogName('datalake').meta({ title: 'Database', description: `Lower case, 1–${L.nameMaxLength.value} characters (Athena cannot use generated names).` }),
    tables: z
      .array(TableSchema)
      .max(L.tablesPerDatabase.value)
      .default([])
      .meta({ title: 'Tables', description: 'Table definitions; crawlers add and update them as they run.' }),
  }),
  inputs: [
    {
      id: 'tables',
      label: 'Table definitions',
      edgeKind: 'metadata',
      accepts: {
        'glue-crawler': 'Crawler writes table definitions and partitions',
        'glue-etl-job': 'Job updates the catalog (enableUpdateCatalog / new partitions)',
      },
    },
  ],
  outputs: [{ id: 'tables', label: 'Table definitions', edgeKind: 'metadata' }],
});
