import type { AwsPrice } from './units';

const PRICING_API = "reference table aws-limits-and-prices.md, AWS DMS: GitHub doc 'Read from the AWS Pricing API on 2026-09-22 for us-east-1' [secondary]";

/** Single-AZ instance-hour; only these classes are in the reference table (others are unknown). */
export const DMS_INSTANCE_HOUR_PRICES = {
  'dms.t3.micro': { value: 0.0186, unit: 'USD per instance-hour (Single-AZ)', source: PRICING_API },
  'dms.t3.small': { value: 0.0372, unit: 'USD per instance-hour (Single-AZ)', source: PRICING_API },
} as const satisfies Record<string, AwsPrice>;

const INFRACOST = 'reference table aws-limits-and-prices.md, AWS DMS: infracost golden dms_test.golden (us-east-1, 2024-07-01)';

export const DMS_PRICES = {
  storageGiBMonthSingleAz: { value: 0.115, unit: 'USD per GB-month of gp2 replication storage (Single-AZ)', source: INFRACOST },
} as const satisfies Record<string, AwsPrice>;
