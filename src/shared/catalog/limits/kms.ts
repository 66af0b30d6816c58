import type { AwsLimit } from './units';

const KMS_CFN = 'CloudFormation schema AWS::KMS::Key (RotationPeriodInDays, PendingWindowInDays)';

export const KMS_LIMITS_TABLE = {
  rotationPeriodMinDays: { value: 90, unit: 'days', source: KMS_CFN },
  rotationPeriodMaxDays: { value: 2_560, unit: 'days', source: KMS_CFN },
  rotationPeriodDefaultDays: { value: 365, unit: 'days', source: KMS_CFN },
  pendingWindowMinDays: { value: 7, unit: 'days', source: KMS_CFN },
  pendingWindowMaxDays: { value: 30, unit: 'days', source: KMS_CFN },
  pendingWindowDefaultDays: { value: 30, unit: 'days', source: KMS_CFN },
  aliasMaxLength: { value: 256, unit: 'characters', source: 'CloudFormation schema AWS::KMS::Alias, AliasName' },
} as const satisfies Record<string, AwsLimit>;
