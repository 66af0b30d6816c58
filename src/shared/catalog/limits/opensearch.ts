import type { AwsLimit } from './units';

const QUOTAS = 'Amazon OpenSearch Service developer guide, Quotas (awsdocs amazon-opensearch-service-developer-guide, limits.md)';

/** Largest gp3 EBS volume per data node, for the instance types the catalog offers (GiB). */
export const OPENSEARCH_MAX_EBS_GIB = {
  't3.small.search': 100,
  't3.medium.search': 200,
  'm6g.large.search': 1_024,
  'r6g.large.search': 2_048,
  'r6g.xlarge.search': 3_072,
  'r6g.2xlarge.search': 6_144,
} as const;

export const OPENSEARCH_LIMITS_TABLE = {
  instancesPerDomain: { value: 80, unit: 'instances per domain (default quota, up to 200 on request)', source: QUOTAS },
  dedicatedMastersPerDomain: { value: 5, unit: 'dedicated master instances per domain (not adjustable)', source: QUOTAS },
  warmInstancesPerDomain: { value: 150, unit: 'UltraWarm instances per domain (not adjustable)', source: QUOTAS },
  ebsMinGiB: { value: 10, unit: 'GiB per data node', source: `${QUOTAS}, EBS volume size quotas` },
  ebsMaxGiB: { value: 6_144, unit: 'GiB per data node (r6g.2xlarge.search, gp3; the largest type offered here)', source: `${QUOTAS}, EBS volume size quotas` },
  ultraWarmMediumMaxTiB: { value: 1.5, unit: 'TiB per ultrawarm1.medium.search node', source: `${QUOTAS}, UltraWarm storage quotas` },
  ultraWarmLargeMaxTiB: { value: 20, unit: 'TiB per ultrawarm1.large.search node', source: `${QUOTAS}, UltraWarm storage quotas` },
} as const satisfies Record<string, AwsLimit>;
