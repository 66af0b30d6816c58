import { z } from 'zod';
import icon from 'aws-icons/icons/architecture-service/AmazonRedshift.svg?raw';
import { REDSHIFT_LIMITS_TABLE as L, REDSHIFT_NODE_RANGES } from '../limits/redshift';
import { defineKind } from '../types';

const NODE_TYPES = Object.keys(REDSHIFT_NODE_RANGES) as (keyof typeof REDSHIFT_NODE_RANGES)[];

/** Whether a base capacity is one Redshift Serverless accepts: 4, multiples of 8 to 512, multiples of 32 above. */
function baseRpuProblem(rpu: number): string | undefined {
  if (rpu === L.serverlessBaseRpuMin.value) return undefined;
  if (rpu <= 512 && rpu % L.serverlessBaseRpuStep.value !== 0) return `Base capacity must be ${L.serverlessBaseRpuMin.value}, or a multiple of ${L.serverlessBaseRpuStep.value} up to 512`;
  if (rpu > 512 && rpu % L.serverlessBaseRpuStepAbove512.value !== 0) return `Above 512, base capacity goes in steps of ${L.serverlessBaseRpuStepAbove512.value} RPU`;
  return undefined;
}

/** Provisioned clusters and Serverless workgroups take different settings. */
const DeploymentSchema = z.discriminatedUnion('mode', [
  z
    .object({
      mode: z.literal('provisioned'),
      nodeType: z.enum(NODE_TYPES).default('ra3.xlplus').meta({ title: 'Node type', description: 'RA3: compute sized apart from managed storage. DC2: local SSD.' }),
      numberOfNodes: z
        .number()
        .int()
        .min(1)
        .max(L.clusterMaxNodes.value)
        .default(2)
        .meta({ title: 'Nodes', description: 'Compute nodes; the range depends on the node type (1 = single-node, not for production).' }),
    })
    .superRefine((d, ctx) => {
      const range = REDSHIFT_NODE_RANGES[d.nodeType];
      if (d.numberOfNodes < range.min || d.numberOfNodes > range.max) {
        ctx.addIssue({ code: 'custom', path: ['numberOfNodes'], message: `${d.nodeType} clusters have ${range.min}–${range.max} nodes` });
      }
    })
    .meta({ title: 'Provisioned cluster' }),
  z
    .object({
      mode: z.literal('serverless'),
      baseRpu: z
        .number()
        .int()
        .min(L.serverlessBaseRpuMin.value)
        .max(L.serverlessBaseRpuMax.value)
        .default(8)
        .superRefine((rpu, ctx) => {
          const problem = baseRpuProblem(rpu);
          if (problem) ctx.addIssue({ code: 'custom', message: problem });
        })
        .meta({ title: 'Base capacity', unit: 'RPU', description: `Capacity queries start on (1 RPU = 16 GB of memory; AWS default ${L.serverlessBaseRpuDefault.value}).` }),
      maxRpu: z.number().int().min(L.serverlessBaseRpuMin.value).nullable().default(null).meta({ title: 'Max capacity', unit: 'RPU', description: 'Ceiling for automatic scaling, to cap cost. Empty: no ceiling.' }),
    })
    .superRefine((d, ctx) => {
      if (d.maxRpu !== null && d.maxRpu < d.baseRpu) ctx.addIssue({ code: 'custom', path: ['maxRpu'], message: 'Max capacity must be at least the base capacity' });
    })
    .meta({ title: 'Serverless workgroup' }),
]);

/** Amazon Redshift: provisioned cluster or Serverless workgroup, with Spectrum over S3. */
export const redshift = defineKind({
  id: 'redshift',
  title: 'Amazon Redshift',
  shortTitle: 'Redshift',
  category: 'storage',
  summary: 'Columnar data warehouse for SQL analytics (OLAP); Spectrum queries S3 in place.',
  help:
    'A massively parallel, columnar SQL warehouse. Data is loaded with COPY from S3 (Firehose stages its batches in an S3 bucket and issues the COPY; DMS and Glue load it too) or streamed in from Kinesis; ' +
    'Redshift Spectrum queries files in S3 through external tables defined in the Glue Data Catalog, without loading them. UNLOAD writes query results back to S3. ' +
    `Provisioned clusters are sized by node type and count (ra3.xlplus 1–${L.ra3XlplusMaxNodes.value}, ra3.4xlarge ${L.ra34xlargeMinNodes.value}–${L.ra34xlargeMaxNodes.value}, ra3.16xlarge 2–${L.ra316xlargeMaxNodes.value} nodes); ` +
    `Serverless bills RPU-hours per second of use, from a base capacity of ${L.serverlessBaseRpuMin.value} to ${L.serverlessBaseRpuMax.value} RPU. Load many files, a multiple of the slice count, so that COPY runs in parallel.`,
  icon,
  config: z.object({
    deployment: DeploymentSchema.default({ mode: 'provisioned', nodeType: 'ra3.xlplus', numberOfNodes: 2 }).meta({ title: 'Deployment', description: 'Provisioned nodes you size and pay by the hour, or Serverless capacity billed per use.' }),
    spectrum: z
      .object({
        enabled: z.boolean().default(false).meta({ title: 'Redshift Spectrum', description: 'Query S3 in place through an external schema over a Glue Data Catalog database.' }),
        externalSchema: z
          .string()
          .regex(/^[a-z_][a-z0-9_$]*$/, 'Expected a lower-case SQL identifier such as spectrum')
          .default('spectrum')
          .meta({ title: 'External schema', description: 'CREATE EXTERNAL SCHEMA … FROM DATA CATALOG: the name queries use.' }),
      })
      .default({ enabled: false, externalSchema: 'spectrum' })
      .meta({ title: 'Spectrum' }),
    encryption: z
      .enum(['none', 'AWS-managed key', 'KMS key'])
      .default('AWS-managed key')
      .meta({ title: 'Encryption at rest', description: 'KMS key: a customer managed key (connect a KMS key node). Serverless namespaces are always encrypted.' }),
    enhancedVpcRouting: z
      .boolean()
      .default(false)
      .meta({ title: 'Enhanced VPC routing', description: 'Force COPY and UNLOAD traffic through the VPC (then S3 needs a gateway endpoint or a NAT path).' }),
  }).superRefine((config, ctx) => {
    if (config.deployment.mode === 'serverless' && config.encryption === 'none') {
      ctx.addIssue({ code: 'custom', path: ['encryption'], message: 'Redshift Serverless is always encrypted' });
    }
  }),
  inputs: [
    {
      id: 'rows',
      label: 'Loads',
      edgeKind: 'data',
      accepts: {
        'kinesis-firehose': 'Firehose delivery to Redshift (COPY from its S3 staging bucket)',
        'kinesis-data-stream': 'Streaming ingestion (materialized view over the stream)',
        's3-bucket': 'COPY from S3, or Spectrum external tables',
        dms: 'DMS Redshift target endpoint',
        'glue-etl-job': 'Glue ETL Redshift sink',
        'emr-cluster': 'COPY from EMR, or the Spark Redshift connector',
        lambda: 'Redshift Data API (ExecuteStatement) from a function',
        'data-pipeline': 'Data Pipeline RedshiftCopyActivity',
      },
    },
    { id: 'tables', label: 'External tables', edgeKind: 'metadata', accepts: { 'glue-data-catalog': 'Spectrum external schema FROM DATA CATALOG' } },
    { id: 'key', label: 'KMS key', edgeKind: 'metadata', accepts: { 'kms-key': 'Cluster / namespace encryption key' }, max: 1, maxReason: 'a warehouse is encrypted with one KMS key' },
  ],
  outputs: [{ id: 'rows', label: 'Query results and unloads', edgeKind: 'data' }],
});
