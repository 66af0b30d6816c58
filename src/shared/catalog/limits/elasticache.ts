import type { AwsLimit } from './units';

const SHARDS = 'Amazon ElastiCache user guide, Working with shards (docs.aws.amazon.com/AmazonElastiCache/latest/dg/Shards.html)';
const CLUSTERS = 'Amazon ElastiCache user guide, Managing clusters (docs.aws.amazon.com/AmazonElastiCache/latest/dg/Clusters.html)';

export const ELASTICACHE_LIMITS_TABLE = {
  replicasPerShardMax: { value: 5, unit: 'replicas per shard (a shard holds 1 to 6 nodes)', source: SHARDS },
  shardsMax: { value: 500, unit: 'shards per cluster (Valkey 7.2+, Redis OSS 5.0.6+)', source: CLUSTERS },
  nodesPerClusterDefault: { value: 90, unit: 'nodes per cluster (default quota)', source: SHARDS },
  nodesPerClusterMax: { value: 500, unit: 'nodes per cluster (raised quota, Valkey 7.2+, Redis OSS 5.0.6+)', source: SHARDS },
  memcachedNodesMax: { value: 60, unit: 'nodes per Memcached cluster', source: CLUSTERS },
} as const satisfies Record<string, AwsLimit>;
