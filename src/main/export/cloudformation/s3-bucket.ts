import type { ConfigOf } from '../../../shared/catalog/registry';
import { bucketPolicy } from '../iam/bucket-policy';
import { nodeName, type KindMapping, type Mapper } from './mapper';
import { lifecycleConfiguration } from './s3-lifecycle';
import { getAtt, output, ref, retained, type CfnResource, type TemplateValue } from './template';

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

export const s3BucketMapping: KindMapping<'s3-bucket'> = {
  mainType: 'AWS::S3::Bucket',
  toCfn: mapS3Bucket,
  fromCfn: () => ({}),
};
