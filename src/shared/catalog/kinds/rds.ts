import { z } from 'zod';
import icon from 'aws-icons/icons/architecture-service/AmazonRDS.svg?raw';
import { RDS_LIMITS_TABLE as L } from '../limits/rds';
import { defineKind } from '../types';

const ENGINES = ['MySQL', 'PostgreSQL', 'MariaDB', 'Oracle', 'SQL Server', 'Aurora MySQL', 'Aurora PostgreSQL'] as const;

/** Amazon RDS DB instance, or an Aurora DB cluster. */
export const rds = defineKind({
  id: 'rds',
  title: 'Amazon RDS',
  shortTitle: 'RDS',
  category: 'storage',
  summary: 'Managed relational database (OLTP): MySQL, PostgreSQL, MariaDB, Oracle, SQL Server, Aurora.',
  help:
    'A row-based relational database for transactions (OLTP), on instances you provision in advance. In a data pipeline it is a source (DMS reads it with CDC, Glue crawls and reads it over JDBC, QuickSight queries it) ' +
    'or a target of DMS, Glue jobs and Lambda functions; analytics at scale belongs in Redshift or the data lake. ' +
    `Storage is ${L.storageMinGiB.value}–${L.storageMaxGiB.value} GiB of gp2 (${L.storageMaxGiBSqlServer.value} GiB for SQL Server); Aurora volumes grow on their own. ` +
    `Read replicas offload reads: up to ${L.readReplicasMax.value} (${L.readReplicasMaxOracleSqlServer.value} for Oracle and SQL Server, ${L.auroraReplicasMax.value} Aurora Replicas). Multi-AZ keeps a standby for failover, not for reads.`,
  icon,
  config: z
    .object({
      engine: z.enum(ENGINES).default('PostgreSQL').meta({ title: 'Engine' }),
      instanceClass: z
        .string()
        .regex(/^db\.[a-z0-9-]+\.[a-z0-9]+$/, 'Expected a DB instance class such as db.t4g.medium or db.r6g.large')
        .default('db.t4g.medium')
        .meta({ title: 'Instance class', description: 'Compute and memory of each instance (db.t… burstable, db.m… general purpose, db.r… memory optimised).' }),
      storageGiB: z
        .number()
        .int()
        .min(L.storageMinGiB.value)
        .max(L.storageMaxGiB.value)
        .default(100)
        .meta({ title: 'Storage', unit: 'GiB', description: `Allocated gp2 storage (SQL Server: at most ${L.storageMaxGiBSqlServer.value} GiB). Ignored by Aurora, whose volume grows with the data.` }),
      multiAz: z.boolean().default(false).meta({ title: 'Multi-AZ', description: 'A synchronous standby in another Availability Zone, for automatic failover.' }),
      readReplicas: z
        .number()
        .int()
        .min(0)
        .max(L.readReplicasMax.value)
        .default(0)
        .meta({ title: 'Read replicas', description: `Asynchronous read-only copies (Aurora: reader instances). Oracle and SQL Server: at most ${L.readReplicasMaxOracleSqlServer.value}.` }),
      storageEncrypted: z.boolean().default(true).meta({ title: 'Encryption at rest', description: 'KMS encryption of storage, backups and replicas (the AWS managed key aws/rds unless a KMS key node is connected). Set at creation.' }),
    })
    .superRefine((config, ctx) => {
      if (config.engine === 'SQL Server' && config.storageGiB > L.storageMaxGiBSqlServer.value) {
        ctx.addIssue({ code: 'custom', path: ['storageGiB'], message: `SQL Server storage is at most ${L.storageMaxGiBSqlServer.value} GiB` });
      }
      if ((config.engine === 'Oracle' || config.engine === 'SQL Server') && config.readReplicas > L.readReplicasMaxOracleSqlServer.value) {
        ctx.addIssue({ code: 'custom', path: ['readReplicas'], message: `${config.engine} allows at most ${L.readReplicasMaxOracleSqlServer.value} read replicas` });
      }
    }),
  inputs: [
    {
      id: 'rows',
      label: 'Writes',
      edgeKind: 'data',
      accepts: {
        dms: 'DMS target endpoint',
        lambda: 'SQL over the database endpoint (or the RDS Data API for Aurora)',
        'glue-etl-job': 'Glue JDBC sink',
        'data-pipeline': 'Data Pipeline SqlDataNode output',
      },
    },
    { id: 'key', label: 'KMS key', edgeKind: 'metadata', accepts: { 'kms-key': 'Storage encryption key' }, max: 1, maxReason: 'a DB instance is encrypted with one KMS key' },
  ],
  outputs: [{ id: 'rows', label: 'Rows (read)', edgeKind: 'data' }],
});
