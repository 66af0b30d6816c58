import type { AwsLimit } from './units';

const S3_NAMING = 'Amazon S3 user guide, General purpose bucket naming rules (docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html)';

export const S3_LIMITS_TABLE = {
  bucketNameMinLength: { value: 3, unit: 'characters', source: S3_NAMING },
  bucketNameMaxLength: { value: 63, unit: 'characters', source: S3_NAMING },
  putRequestsPerSecondPerPrefix: { value: 3_500, unit: 'PUT/COPY/POST/DELETE per second per partitioned prefix', source: 'Amazon S3 user guide, optimizing-performance.md' },
} as const satisfies Record<string, AwsLimit>;
