import type { ConfigOf } from '../../../shared/catalog/registry';
import { getAtt, ref, sub, type CfnResource, type TemplateValue } from '../cloudformation/template';

/** The encryption header value a PutObject must carry for the bucket's method. */
const REQUIRED_HEADER: Partial<Record<ConfigOf<'s3-bucket'>['encryption'], string>> = { 'SSE-S3': 'AES256', 'SSE-KMS': 'aws:kms' };

/**
 * The bucket policy the bucket's settings ask for: deny any request without TLS, and deny
 * uploads without the encryption header of the bucket's method (SSE-C: without a customer key).
 * Undefined when neither is asked.
 */
export function bucketPolicy(bucketId: string, config: ConfigOf<'s3-bucket'>): CfnResource | undefined {
  const statements: TemplateValue[] = [];
  const bucketArn = getAtt(bucketId, 'Arn');
  const objects = sub(`\${${bucketId}.Arn}/*`);
  if (config.denyInsecureTransport) {
    statements.push({
      Sid: 'DenyInsecureTransport',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: [bucketArn, objects],
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    });
  }
  if (config.denyUnencryptedUploads && config.encryption !== 'none') {
    const header = REQUIRED_HEADER[config.encryption];
    statements.push({
      Sid: 'DenyUnencryptedUploads',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:PutObject',
      Resource: objects,
      Condition: header
        ? { StringNotEquals: { 's3:x-amz-server-side-encryption': header } }
        : { Null: { 's3:x-amz-server-side-encryption-customer-algorithm': 'true' } },
    });
  }
  if (statements.length === 0) return undefined;
  return { Type: 'AWS::S3::BucketPolicy', Properties: { Bucket: ref(bucketId), PolicyDocument: { Version: '2012-10-17', Statement: statements } } };
}
