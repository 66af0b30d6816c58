import type { AwsPrice } from './units';

const INFRACOST = 'reference table aws-limits-and-prices.md, Amazon DynamoDB: infracost golden dynamodb_table_test.golden (us-east-2, same list price as us-east-1, 2024-11-15)';

export const DYNAMODB_PRICES = {
  writeCapacityUnitHour: { value: 0.00065, unit: 'USD per provisioned WCU-hour', source: INFRACOST },
  readCapacityUnitHour: { value: 0.00013, unit: 'USD per provisioned RCU-hour', source: INFRACOST },
  onDemandWriteRequestUnitsPerMillion: { value: 0.625, unit: 'USD per million write request units (after the Nov-2024 cut)', source: INFRACOST },
} as const satisfies Record<string, AwsPrice>;
