import type { ConfigOf } from '../../../../shared/catalog/registry';
import { bucketPolicy } from '../../iam/bucket-policy';
import { nodeName, type DeepPartial, type ImportView, type KindMapping, type Mapper } from '../mapper';
import { lifecycleConfiguration, lifecycleRulesFromCfn } from './s3-lifecycle';
import { getAtt, output, ref, retained, type CfnResource, type TemplateValue } from '../template';
import { isPlainObject } from '../template-refs';

/**
 * Default encryption as S3 declares it; undefined for `none` (S3 then still applies SSE-S3 to new
 * objects). With SSE-C the writers send their own keys on each request: the default stays SSE-S3
 * for anything written without one.
 */
function bucketEncryption(config: ConfigOf<'s3-bucket'>): TemplateValue | undefined {
  if (config.encryption === 'none') return undefined;
  if (config.encryption === 'SSE-S3' || config.encryption === 'SSE-C') {
    return { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] };
  }
  const byDefault: Record<string, TemplateValue> = { SSEAlgorithm: 'aws:kms' };
  // Without a key ARN, S3 uses the AWS managed key aws/s3.
  if (config.kmsKeyArn !== '') byDefault.KMSMasterKeyID = config.kmsKeyArn;
  return { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: byDefault, BucketKeyEnabled: config.bucketKeyEnabled }] };
}

/** Settings the export cannot express as bucket properties, said in the template's notes. */
function unexported(node: Parameters<Mapper<'s3-bucket'>>[0], config: ConfigOf<'s3-bucket'>): string[] {
  const notes: string[] = [];
  if (config.storageClass !== 'Standard') notes.push(`${nodeName(node)}: writers choose the storage class per object; set ${config.storageClass} in their PUT requests (a bucket has no default class).`);
  if (config.accessLogging) notes.push(`${nodeName(node)}: server access logging needs a log bucket, which the export does not create yet.`);
  return notes;
}

/** s3-bucket → AWS::S3::Bucket (encryption, versioning, lifecycle, Object Lock, tags, public access block) and its bucket policy. */
const mapS3Bucket: Mapper<'s3-bucket'> = (node, config, ctx) => {
  const id = ctx.logicalId;
  const properties: Record<string, TemplateValue> = {};
  // An empty name lets CloudFormation generate a unique one; a chosen one is a parameter, since bucket names are global.
  if (config.bucketName !== '') {
    properties.BucketName = ctx.parameter(`${id}BucketName`, {
      Type: 'String',
      Description: `Name of the S3 bucket "${node.label}" (globally unique).`,
      Default: config.bucketName,
      AllowedPattern: '^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$',
      ConstraintDescription: '3 to 63 lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit',
    });
  }
  const encryption = bucketEncryption(config);
  if (encryption) properties.BucketEncryption = encryption;
  if (config.versioning) properties.VersioningConfiguration = { Status: 'Enabled' };
  const lifecycle = lifecycleConfiguration(config.lifecycleRules);
  if (lifecycle) properties.LifecycleConfiguration = lifecycle;
  if (config.objectLock.enabled) {
    properties.ObjectLockEnabled = true;
    properties.ObjectLockConfiguration = { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: config.objectLock.mode, Days: config.objectLock.retentionDays } } };
  }
  if (config.blockPublicAccess) {
    properties.PublicAccessBlockConfiguration = { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true };
  }
  properties.Tags = [...ctx.tags, ...config.tags.map((t) => ({ Key: t.key, Value: t.value }))];
  const resources: Record<string, CfnResource> = { [id]: retained({ Type: 'AWS::S3::Bucket', Properties: properties }) };
  const policy = bucketPolicy(id, config);
  if (policy) resources[ctx.derivedId('Policy')] = policy;
  return {
    resources,
    outputs: {
      [ctx.derivedId('Name')]: output(`Name of the bucket "${node.label}"`, ref(id)),
      [ctx.derivedId('Arn')]: output(`ARN of the bucket "${node.label}"`, getAtt(id, 'Arn')),
    },
    notes: unexported(node, config),
  };
};

const record = (value: unknown): Record<string, unknown> => (isPlainObject(value) ? value : {});
/** Tags Pipewright puts on every resource; they are not the bucket's own. */
const PIPEWRIGHT_TAG = /^pipewright:/;

/** Default encryption, its key and S3 Bucket Key, from BucketEncryption (absent: none declared). */
function encryptionFromCfn(bucketEncryption: unknown): DeepPartial<ConfigOf<'s3-bucket'>> {
  if (bucketEncryption === undefined) return { encryption: 'none' };
  const rules = record(bucketEncryption).ServerSideEncryptionConfiguration;
  const rule = record(Array.isArray(rules) ? rules[0] : undefined);
  const byDefault = record(rule.ServerSideEncryptionByDefault);
  if (byDefault.SSEAlgorithm === 'AES256') return { encryption: 'SSE-S3' };
  if (byDefault.SSEAlgorithm !== 'aws:kms') return {};
  // S3 Bucket Key is off unless declared (AWS::S3::Bucket ServerSideEncryptionRule.BucketKeyEnabled).
  const read: DeepPartial<ConfigOf<'s3-bucket'>> = { encryption: 'SSE-KMS', bucketKeyEnabled: rule.BucketKeyEnabled === true };
  if (byDefault.KMSMasterKeyID === undefined) return { ...read, kmsKeyArn: '' };
  return typeof byDefault.KMSMasterKeyID === 'string' ? { ...read, kmsKeyArn: byDefault.KMSMasterKeyID } : read;
}

/** The two deny statements of the bucket policy the export writes (iam/bucket-policy.ts), looked for in any policy on the bucket. */
function policyFromCfn(view: ImportView): DeepPartial<ConfigOf<'s3-bucket'>> {
  const statements = view.referencing
    .filter((r) => r.type === 'AWS::S3::BucketPolicy')
    .flatMap((r) => {
      const statement = record(r.properties.PolicyDocument).Statement;
      return Array.isArray(statement) ? statement.map(record) : [record(statement)];
    })
    .filter((s) => s.Effect === 'Deny');
  const condition = (s: Record<string, unknown>, operator: string) => record(record(s.Condition)[operator]);
  return {
    denyInsecureTransport: statements.some((s) => ['false', false].includes(condition(s, 'Bool')['aws:SecureTransport'] as string | boolean)),
    denyUnencryptedUploads: statements.some(
      (s) => condition(s, 'StringNotEquals')['s3:x-amz-server-side-encryption'] !== undefined || condition(s, 'Null')['s3:x-amz-server-side-encryption-customer-algorithm'] !== undefined,
    ),
  };
}

/** The inverse of mapS3Bucket: the settings the bucket and its bucket policy declare. */
function s3BucketFromCfn(view: ImportView): DeepPartial<ConfigOf<'s3-bucket'>> {
  const p = view.main.properties;
  const read: DeepPartial<ConfigOf<'s3-bucket'>> = { ...encryptionFromCfn(p.BucketEncryption), ...policyFromCfn(view) };
  if (typeof p.BucketName === 'string') read.bucketName = p.BucketName;
  read.versioning = record(p.VersioningConfiguration).Status === 'Enabled';
  read.lifecycleRules = lifecycleRulesFromCfn(p.LifecycleConfiguration) as ConfigOf<'s3-bucket'>['lifecycleRules'];
  const retention = record(record(record(p.ObjectLockConfiguration).Rule).DefaultRetention);
  if (p.ObjectLockEnabled === true) {
    read.objectLock = { enabled: true, ...(typeof retention.Mode === 'string' ? { mode: retention.Mode as 'GOVERNANCE' } : {}), ...(typeof retention.Days === 'number' ? { retentionDays: retention.Days } : {}) };
  } else read.objectLock = { enabled: false };
  const block = record(p.PublicAccessBlockConfiguration);
  read.blockPublicAccess = ['BlockPublicAcls', 'BlockPublicPolicy', 'IgnorePublicAcls', 'RestrictPublicBuckets'].every((key) => block[key] === true);
  if (p.LoggingConfiguration !== undefined) read.accessLogging = true;
  const tags = Array.isArray(p.Tags) ? p.Tags.map(record) : [];
  read.tags = tags.filter((t) => typeof t.Key === 'string' && typeof t.Value === 'string' && !PIPEWRIGHT_TAG.test(t.Key)).map((t) => ({ key: t.Key as string, value: t.Value as string }));
  return read;
}

export const s3BucketMapping: KindMapping<'s3-bucket'> = {
  mainType: 'AWS::S3::Bucket',
  toCfn: mapS3Bucket,
  fromCfn: s3BucketFromCfn,
};
