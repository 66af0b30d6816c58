import type { ConfigOf } from '../../../shared/catalog/registry';
import type { Mapper } from './mapper';
import { getAtt, output, ref, type TemplateValue } from './template';

/** Default encryption as S3 declares it; undefined for `none` (S3 then still applies SSE-S3 to new objects). */
function bucketEncryption(config: ConfigOf<'s3-bucket'>): TemplateValue | undefined {
  if (config.encryption === 'none') return undefined;
  if (config.encryption === 'SSE-S3') {
    return { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] };
  }
  const byDefault: Record<string, TemplateValue> = { SSEAlgorithm: 'aws:kms' };
  // Without a key ARN, S3 uses the AWS managed key aws/s3.
  if (config.kmsKeyArn !== '') byDefault.KMSMasterKeyID = config.kmsKeyArn;
  return { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: byDefault, BucketKeyEnabled: config.bucketKeyEnabled }] };
}

/** s3-bucket → AWS::S3::Bucket, with its name and ARN as outputs. */
export const mapS3Bucket: Mapper<'s3-bucket'> = (node, config, ctx) => {
  const properties: Record<string, TemplateValue> = {};
  // An empty name lets CloudFormation generate a unique one.
  if (config.bucketName !== '') properties.BucketName = config.bucketName;
  const encryption = bucketEncryption(config);
  if (encryption) properties.BucketEncryption = encryption;
  if (config.versioning) properties.VersioningConfiguration = { Status: 'Enabled' };
  if (config.blockPublicAccess) {
    properties.PublicAccessBlockConfiguration = { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true };
  }
  const id = ctx.logicalId;
  return {
    resources: { [id]: { Type: 'AWS::S3::Bucket', Properties: properties } },
    outputs: {
      [ctx.derivedId('Name')]: output(`Name of the bucket "${node.label}"`, ref(id)),
      [ctx.derivedId('Arn')]: output(`ARN of the bucket "${node.label}"`, getAtt(id, 'Arn')),
    },
  };
};
