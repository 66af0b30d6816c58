import type { AwsLimit } from './units';

export const DYNAMODB_LIMITS_TABLE = {
  tableCapacityUnitsDefaultQuota: { value: 40_000, unit: 'RCU and WCU per table (default quota, adjustable)', source: 'reference table aws-limits-and-prices.md, DynamoDB per-table default quota (awsdocs amazon-dynamodb-developer-guide)' },
  partitionMaxReadCapacityUnits: { value: 3_000, unit: 'RCU per partition', source: 'reference table aws-limits-and-prices.md, DynamoDB per-partition maximum' },
  partitionMaxWriteCapacityUnits: { value: 1_000, unit: 'WCU per partition', source: 'reference table aws-limits-and-prices.md, DynamoDB per-partition maximum' },
  writeUnitItemKiB: { value: 1, unit: 'KiB of item per write capacity unit (each started KiB takes one more unit)', source: 'reference table aws-limits-and-prices.md, DynamoDB WCU definition (awsdocs amazon-dynamodb-developer-guide)' },
  burstCapacitySeconds: { value: 300, unit: 's of unused provisioned capacity retained (token bucket of 300 × provisioned rate, best effort)', source: 'reference table aws-limits-and-prices.md, DynamoDB burst capacity (awsdocs amazon-dynamodb-developer-guide), read 2026-11-27' },
  itemMaxKB: { value: 400, unit: 'KB per item', source: 'reference table aws-limits-and-prices.md, DynamoDB max item size' },
  keyAttributeNameMaxLength: { value: 255, unit: 'characters (at least 1)', source: 'DynamoDB API reference, KeySchemaElement AttributeName' },
  pitrRecoveryPeriodMinDays: { value: 1, unit: 'days', source: 'CloudFormation schema AWS::DynamoDB::Table, PointInTimeRecoverySpecification.RecoveryPeriodInDays' },
  pitrRecoveryPeriodMaxDays: { value: 35, unit: 'days', source: 'CloudFormation schema AWS::DynamoDB::Table, PointInTimeRecoverySpecification.RecoveryPeriodInDays' },
} as const satisfies Record<string, AwsLimit>;
