import type { AwsLimit } from './units';

const CFN_WORKGROUP = 'CloudFormation schema AWS::Athena::WorkGroup';

export const ATHENA_LIMITS_TABLE = {
  bytesScannedCutoffMinMB: { value: 10, unit: 'MB (10,000,000 bytes) per query', source: `${CFN_WORKGROUP}, BytesScannedCutoffPerQuery` },
  workgroupNameMaxLength: { value: 128, unit: 'characters [a-zA-Z0-9._-]', source: `${CFN_WORKGROUP}, Name` },
  minimumBilledMBPerQuery: { value: 10, unit: 'MB billed at least per query', source: 'reference table aws-limits-and-prices.md, Athena SQL query price' },
  dmlQueryTimeoutMinutes: { value: 30, unit: 'minutes (default DML timeout)', source: 'reference table aws-limits-and-prices.md, Athena DML query timeout' },
} as const satisfies Record<string, AwsLimit>;
