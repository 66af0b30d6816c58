import { z } from 'zod';
import icon from 'aws-icons/icons/architecture-service/AmazonElastiCache.svg?raw';
import { ELASTICACHE_LIMITS_TABLE as L } from '../limits/elasticache';
import { defineKind } from '../types';

/** Amazon ElastiCache cluster (Valkey, Redis OSS or Memcached), node-based. */
export const elasticache = defineKind({
  id: 'elasticache',
  title: 'Amazon ElastiCache',
  shortTitle: 'ElastiCache',
  category: 'storage',
  summary: 'In-memory cache (Valkey, Redis OSS, Memcached) in front of slower stores.',
  help:
    'An in-memory key-value cache with sub-millisecond reads, kept beside a database or a model endpoint so that repeated lookups do not hit them; rarely part of the data path itself. ' +
    `Valkey and Redis OSS clusters split data over shards of one primary and up to ${L.replicasPerShardMax.value} replicas (up to ${L.shardsMax.value} shards; ${L.nodesPerClusterDefault.value} nodes per cluster by default, ${L.nodesPerClusterMax.value} on request); ` +
    `Memcached clusters have 1–${L.memcachedNodesMax.value} nodes and no replication. Encrypt in transit and at rest; a cache is only as durable as its replicas.`,
  icon,
  config: z
    .object({
      engine: z.enum(['Valkey', 'Redis OSS', 'Memcached']).default('Valkey').meta({ title: 'Engine' }),
      nodeType: z
        .string()
        .regex(/^cache\.[a-z0-9-]+\.[a-z0-9]+$/, 'Expected a cache node type such as cache.t4g.small or cache.r7g.large')
        .default('cache.t4g.small')
        .meta({ title: 'Node type', description: 'Memory and network of each node.' }),
      shards: z
        .number()
        .int()
        .min(1)
        .max(L.shardsMax.value)
        .default(1)
        .meta({ title: 'Shards (Memcached: nodes)', description: `Valkey / Redis OSS: node groups (more than 1 = cluster mode). Memcached: nodes, at most ${L.memcachedNodesMax.value}.` }),
      replicasPerShard: z
        .number()
        .int()
        .min(0)
        .max(L.replicasPerShardMax.value)
        .default(1)
        .meta({ title: 'Replicas per shard', description: 'Read replicas and failover targets (Memcached: 0).' }),
      encryptionInTransit: z.boolean().default(true).meta({ title: 'Encryption in transit', description: 'TLS between clients and nodes.' }),
      encryptionAtRest: z.boolean().default(true).meta({ title: 'Encryption at rest', description: 'Valkey / Redis OSS: encrypt data on disk (backups, swap).' }),
    })
    .superRefine((config, ctx) => {
      if (config.engine === 'Memcached') {
        if (config.shards > L.memcachedNodesMax.value) ctx.addIssue({ code: 'custom', path: ['shards'], message: `A Memcached cluster has at most ${L.memcachedNodesMax.value} nodes` });
        if (config.replicasPerShard > 0) ctx.addIssue({ code: 'custom', path: ['replicasPerShard'], message: 'Memcached has no replicas' });
      }
      const nodes = config.shards * (1 + config.replicasPerShard);
      if (nodes > L.nodesPerClusterMax.value) ctx.addIssue({ code: 'custom', path: ['shards'], message: `${nodes} nodes: a cluster has at most ${L.nodesPerClusterMax.value}` });
    }),
  inputs: [
    { id: 'rows', label: 'Reads and writes', edgeKind: 'data', accepts: { lambda: 'Cache client (Valkey / Redis OSS / Memcached protocol) in a function' } },
    { id: 'key', label: 'KMS key', edgeKind: 'metadata', accepts: { 'kms-key': 'Encryption-at-rest key (Valkey / Redis OSS)' }, max: 1, maxReason: 'a cluster is encrypted with one KMS key' },
  ],
  outputs: [],
});
