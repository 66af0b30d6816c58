import type { AwsPrice } from './units';

export const BATCH_PRICES = {
  // The compute it runs on (EC2, Fargate) is billed apart and is not in the reference table.
  serviceCharge: { value: 0, unit: 'USD (AWS Batch itself is free)', source: "reference table aws-limits-and-prices.md, AWS Batch: handbook.vantage.sh/aws/services/batch-pricing/ ('Batch is free') [secondary]" },
} as const satisfies Record<string, AwsPrice>;
