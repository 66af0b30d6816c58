import type { AwsLimit } from './units';

const QUOTAS = 'github:awsdocs/aws-cloudformation-user-guide doc_source/cloudformation-limits.md (AWS CloudFormation quotas)';

/** CloudFormation's own template quotas, which bound what an import has to read. */
export const CLOUDFORMATION_LIMITS_TABLE = {
  /** A template body passed in the request itself (CreateStack, UpdateStack, ValidateTemplate). */
  templateBodyRequestMaxBytes: { value: 51_200, unit: 'bytes', source: `${QUOTAS}, Template body size in a request` },
  /** The largest template CloudFormation deploys at all: a template body in an S3 object. */
  templateBodyS3MaxBytes: { value: 460_800, unit: 'bytes', source: `${QUOTAS}, Template body size in an Amazon S3 object` },
} as const satisfies Record<string, AwsLimit>;
