import type { AwsPrice } from './units';

const INFRACOST = 'reference table aws-limits-and-prices.md, AWS Step Functions: infracost golden sfn_state_machine_test.golden (us-east-1, 2024-07-01); aws.amazon.com/step-functions/pricing/';

export const STEP_FUNCTIONS_PRICES = {
  standardPerThousandTransitions: { value: 0.025, unit: 'USD per 1,000 state transitions (Standard; retries count)', source: INFRACOST },
  expressRequestsPerMillion: { value: 1, unit: 'USD per million requests (Express)', source: INFRACOST },
} as const satisfies Record<string, AwsPrice>;
