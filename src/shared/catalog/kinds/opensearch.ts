import { z } from 'zod';
import icon from 'aws-icons/icons/architecture-service/AmazonOpenSearchService.svg?raw';
import { OPENSEARCH_LIMITS_TABLE as L, OPENSEARCH_MAX_EBS_GIB } from '../limits/opensearch';
import { defineKind } from '../types';

const INSTANCE_TYPES = Object.keys(OPENSEARCH_MAX_EBS_GIB) as (keyof typeof OPENSEARCH_MAX_EBS_GIB)[];

/** Amazon OpenSearch Service domain (formerly Elasticsearch Service). */
export const opensearch = defineKind({
  id: 'opensearch',
  title: 'Amazon OpenSearch Service',
  shortTitle: 'OpenSearch',
  category: 'storage',
  summary: 'Search and log analytics cluster, with OpenSearch Dashboards built in.',
  help:
    'A managed OpenSearch (formerly Elasticsearch) domain: it indexes documents for full-text search, clickstream and log analytics, and serves dashboards from the built-in OpenSearch Dashboards. ' +
    'Firehose delivers into an index (backing up failed or all documents to S3); Lambda functions, IoT rules and DMS can index directly, and QuickSight can chart it too. ' +
    `A domain has at most ${L.instancesPerDomain.value} instances by default, ${L.dedicatedMastersPerDomain.value} dedicated masters (use 3, in separate zones) and ${L.warmInstancesPerDomain.value} UltraWarm nodes. ` +
    `Each data node carries ${L.ebsMinGiB.value} GiB of EBS or more, up to a maximum that depends on its instance type; UltraWarm keeps read-only indices on S3 (up to ${L.ultraWarmLargeMaxTiB.value} TiB per ultrawarm1.large node) and needs dedicated masters.`,
  icon,
  config: z
    .object({
      instanceType: z.enum(INSTANCE_TYPES).default('r6g.large.search').meta({ title: 'Data node type', description: 'T3 types suit tests only and cannot use UltraWarm.' }),
      instanceCount: z
        .number()
        .int()
        .min(1)
        .max(L.instancesPerDomain.value)
        .default(2)
        .meta({ title: 'Data nodes', description: `Hot data nodes (default quota ${L.instancesPerDomain.value} instances per domain).` }),
      storageGiBPerNode: z
        .number()
        .int()
        .min(L.ebsMinGiB.value)
        .max(L.ebsMaxGiB.value)
        .default(100)
        .meta({ title: 'EBS storage per node', unit: 'GiB', description: 'gp3 volume on each data node; the maximum depends on the node type.' }),
      dedicatedMasters: z
        .object({
          enabled: z.boolean().default(false).meta({ title: 'Dedicated master nodes', description: 'Nodes that only manage the cluster: recommended for production, required by UltraWarm.' }),
          instanceType: z.enum(INSTANCE_TYPES).default('m6g.large.search').meta({ title: 'Master node type' }),
          count: z.number().int().min(1).max(L.dedicatedMastersPerDomain.value).default(3).meta({ title: 'Masters', description: 'Three keeps a quorum through the loss of one.' }),
        })
        .default({ enabled: false, instanceType: 'm6g.large.search', count: 3 })
        .meta({ title: 'Dedicated masters' }),
      ultraWarm: z
        .object({
          enabled: z.boolean().default(false).meta({ title: 'UltraWarm', description: 'Warm tier on S3 for read-only indices, far cheaper per GiB than hot storage.' }),
          instanceType: z.enum(['ultrawarm1.medium.search', 'ultrawarm1.large.search']).default('ultrawarm1.medium.search').meta({ title: 'Warm node type' }),
          count: z.number().int().min(1).max(L.warmInstancesPerDomain.value).default(2).meta({ title: 'Warm nodes' }),
        })
        .default({ enabled: false, instanceType: 'ultrawarm1.medium.search', count: 2 })
        .meta({ title: 'UltraWarm' }),
      encryptionAtRest: z.boolean().default(true).meta({ title: 'Encryption at rest', description: 'KMS encryption of indices, logs and snapshots.' }),
      nodeToNodeEncryption: z.boolean().default(true).meta({ title: 'Node-to-node encryption', description: 'TLS between the nodes of the domain.' }),
      enforceHttps: z.boolean().default(true).meta({ title: 'Require HTTPS', description: 'Refuse plain HTTP requests to the domain endpoint.' }),
    })
    .superRefine((config, ctx) => {
      const max = OPENSEARCH_MAX_EBS_GIB[config.instanceType];
      if (config.storageGiBPerNode > max) ctx.addIssue({ code: 'custom', path: ['storageGiBPerNode'], message: `${config.instanceType} takes at most ${max} GiB of EBS storage per node` });
      if (config.ultraWarm.enabled && !config.dedicatedMasters.enabled) ctx.addIssue({ code: 'custom', path: ['ultraWarm', 'enabled'], message: 'UltraWarm requires dedicated master nodes' });
      if (config.ultraWarm.enabled && config.instanceType.startsWith('t3.')) ctx.addIssue({ code: 'custom', path: ['ultraWarm', 'enabled'], message: 'UltraWarm is not available with T3 data nodes' });
    }),
  inputs: [
    {
      id: 'records',
      label: 'Documents',
      edgeKind: 'data',
      accepts: {
        'kinesis-firehose': 'Firehose delivery to OpenSearch Service',
        lambda: 'Index / bulk API from a function',
        'iot-core': 'IoT rule OpenSearch action',
        dms: 'DMS OpenSearch Service target endpoint',
      },
    },
    { id: 'key', label: 'KMS key', edgeKind: 'metadata', accepts: { 'kms-key': 'Encryption-at-rest key' }, max: 1, maxReason: 'a domain is encrypted with one KMS key' },
  ],
  // Dashboards are built in; QuickSight can also use a domain as a data source.
  outputs: [{ id: 'documents', label: 'Search results', edgeKind: 'data' }],
});
