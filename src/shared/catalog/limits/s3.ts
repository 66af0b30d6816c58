import type { AwsLimit } from './units';

const S3_NAMING = 'Amazon S3 user guide, General purpose bucket naming rules (docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html)';
const S3_LIFECYCLE_API = 'Amazon S3 API reference, LifecycleConfiguration (docs.aws.amazon.com/AmazonS3/latest/API/API_LifecycleConfiguration.html)';
const S3_TRANSITIONS = 'Amazon S3 user guide, Transitioning objects using S3 Lifecycle (awsdocs amazon-s3-userguide, lifecycle-transition-general-considerations.md)';
const S3_CLASSES = 'Amazon S3 user guide, Using Amazon S3 storage classes (awsdocs amazon-s3-userguide, storage-class-intro.md)';
const S3_TAGS = 'Amazon S3 user guide, Using cost allocation S3 bucket tags (awsdocs amazon-s3-userguide, CostAllocTagging.md)';
const CFN_S3 = 'CloudFormation schema AWS::S3::Bucket';

export const S3_LIMITS_TABLE = {
  bucketNameMinLength: { value: 3, unit: 'characters', source: S3_NAMING },
  bucketNameMaxLength: { value: 63, unit: 'characters', source: S3_NAMING },
  putRequestsPerSecondPerPrefix: { value: 3_500, unit: 'PUT/COPY/POST/DELETE per second per partitioned prefix', source: 'Amazon S3 user guide, optimizing-performance.md' },
  getRequestsPerSecondPerPrefix: { value: 5_500, unit: 'GET/HEAD per second per partitioned prefix', source: 'Amazon S3 user guide, optimizing-performance.md' },
  lifecycleRulesMax: { value: 1_000, unit: 'rules per lifecycle configuration', source: S3_LIFECYCLE_API },
  lifecycleRuleIdMaxLength: { value: 255, unit: 'characters', source: `${CFN_S3}, Rule.Id` },
  // Object keys are at most 1,024 bytes, so a filter prefix can be no longer.
  objectKeyMaxBytes: { value: 1_024, unit: 'bytes (UTF-8) per object key', source: 'Amazon S3 user guide, Naming Amazon S3 objects (object-keys.md)' },
  transitionToInfrequentAccessMinDays: { value: 30, unit: 'days in S3 before a transition to Standard-IA or One Zone-IA', source: S3_TRANSITIONS },
  infrequentAccessToArchiveMinGapDays: { value: 30, unit: 'days between an IA transition and a Glacier Flexible / Deep Archive transition in one rule', source: S3_TRANSITIONS },
  minStorageDaysInfrequentAccess: { value: 30, unit: 'days billed at least (Standard-IA, One Zone-IA)', source: S3_CLASSES },
  minStorageDaysGlacier: { value: 90, unit: 'days billed at least (Glacier Instant Retrieval, Glacier Flexible Retrieval)', source: S3_CLASSES },
  minStorageDaysDeepArchive: { value: 180, unit: 'days billed at least (Glacier Deep Archive)', source: S3_CLASSES },
  // AWS writes "128 KB"; S3 Lifecycle's default minimum transition size is 128 KiB (131,072 bytes).
  lifecycleMinTransitionObjectKiB: { value: 128, unit: 'KiB: smaller objects are not transitioned by S3 Lifecycle', source: S3_TRANSITIONS },
  minBillableObjectKiB: { value: 128, unit: 'KiB billed at least per object (Standard-IA, One Zone-IA, Glacier Instant Retrieval); Intelligent-Tiering does not monitor or tier smaller objects', source: S3_CLASSES },
  bucketTagsMax: { value: 50, unit: 'tags per bucket', source: S3_TAGS },
  tagKeyMaxLength: { value: 128, unit: 'Unicode characters (at least 1)', source: S3_TAGS },
  tagValueMaxLength: { value: 256, unit: 'Unicode characters', source: S3_TAGS },
} as const satisfies Record<string, AwsLimit>;
