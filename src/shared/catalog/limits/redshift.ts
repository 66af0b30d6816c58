import type { AwsLimit } from './units';

const NODE_TYPES = 'Amazon Redshift management guide, Node type details, "Node range with create cluster" (awsdocs amazon-redshift-management-guide, working-with-clusters.md)';
const SERVERLESS = 'Amazon Redshift management guide, Compute capacity for Amazon Redshift Serverless (docs.aws.amazon.com/redshift/latest/mgmt/serverless-capacity.html)';

/** Node range per node type, as a new cluster may be created (elastic resize can go further on some types). */
export const REDSHIFT_NODE_RANGES = {
  'ra3.xlplus': { min: 1, max: 16 },
  'ra3.4xlarge': { min: 2, max: 32 },
  'ra3.16xlarge': { min: 2, max: 128 },
  'dc2.large': { min: 1, max: 32 },
  'dc2.8xlarge': { min: 2, max: 128 },
} as const;

export const REDSHIFT_LIMITS_TABLE = {
  ra3XlplusMaxNodes: { value: 16, unit: 'nodes (1 = single-node; elastic resize to 32)', source: NODE_TYPES },
  ra34xlargeMinNodes: { value: 2, unit: 'nodes', source: NODE_TYPES },
  ra34xlargeMaxNodes: { value: 32, unit: 'nodes (elastic resize to 64)', source: NODE_TYPES },
  ra316xlargeMaxNodes: { value: 128, unit: 'nodes', source: NODE_TYPES },
  dc2LargeMaxNodes: { value: 32, unit: 'nodes', source: NODE_TYPES },
  dc28xlargeMaxNodes: { value: 128, unit: 'nodes', source: NODE_TYPES },
  clusterMaxNodes: { value: 128, unit: 'nodes (largest node range, ra3.16xlarge and dc2.8xlarge)', source: NODE_TYPES },
  serverlessBaseRpuMin: { value: 4, unit: 'RPU (4-RPU option announced 2025-06; 8 before)', source: `${SERVERLESS}; reference table aws-limits-and-prices.md, Redshift Serverless RPU-hour` },
  serverlessBaseRpuStep: { value: 8, unit: 'RPU steps from 8 to 512', source: SERVERLESS },
  serverlessBaseRpuStepAbove512: { value: 32, unit: 'RPU steps from 512 to 1,024', source: SERVERLESS },
  serverlessBaseRpuMax: { value: 1_024, unit: 'RPU (us-east-1 and four other Regions; 512 elsewhere)', source: SERVERLESS },
  serverlessBaseRpuDefault: { value: 128, unit: 'RPU (AWS default)', source: SERVERLESS },
} as const satisfies Record<string, AwsLimit>;
