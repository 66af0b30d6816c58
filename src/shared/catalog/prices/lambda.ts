import type { AwsPrice } from './units';

const INFRACOST = 'reference table aws-limits-and-prices.md, AWS Lambda: infracost golden lambda_function_test.golden (us-east-1, 2024-07-01)';

export const LAMBDA_PRICES = {
  requestsPerMillion: { value: 0.2, unit: 'USD per million requests', source: INFRACOST },
  // First tier only (6 billion GB-s a month); the cheaper tiers above it are not applied.
  gbSecondX86: { value: 0.0000166667, unit: 'USD per GB-second (x86, first 6B GB-s/month), billed per 1 ms', source: INFRACOST },
} as const satisfies Record<string, AwsPrice>;
