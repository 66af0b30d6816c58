import type { AwsPrice } from './units';

const INFRACOST = 'reference table aws-limits-and-prices.md, Amazon Redshift: infracost golden redshift_cluster_test.golden (us-east-1, 2024-07-01)';
const CODE_EXCERPT = 'reference table aws-limits-and-prices.md, Amazon Redshift: public code excerpt (REDSHIFT_NODE_TYPES table) [secondary]';
const COST_MODEL = "reference table aws-limits-and-prices.md, Amazon Redshift: public GitHub project cost model quoting aws.amazon.com/redshift/pricing/ for us-east-1, 'fetched 2026-09-25' [secondary]";

/** On-demand node-hour by node type; dc2.8xlarge is not in the reference table, so it is left out (unknown). */
export const REDSHIFT_NODE_HOUR_PRICES = {
  'ra3.xlplus': { value: 1.086, unit: 'USD per node-hour', source: CODE_EXCERPT },
  'ra3.4xlarge': { value: 3.26, unit: 'USD per node-hour', source: INFRACOST },
  'ra3.16xlarge': { value: 13.04, unit: 'USD per node-hour', source: INFRACOST },
  'dc2.large': { value: 0.25, unit: 'USD per node-hour', source: INFRACOST },
} as const satisfies Record<string, AwsPrice>;

export const REDSHIFT_PRICES = {
  ra3ManagedStorageGiBMonth: { value: 0.024, unit: 'USD per GB-month of RA3 managed storage', source: INFRACOST },
  serverlessRpuHour: { value: 0.375, unit: 'USD per RPU-hour (Serverless), billed per second, 60 s minimum', source: COST_MODEL },
} as const satisfies Record<string, AwsPrice>;
