import type { ConfigOf } from '../../../shared/catalog/registry';
import { getAtt, ref, sub, type CfnResource } from '../cloudformation/template';
import { iamDescription, policyDocument, type PolicyDocument, type PolicyStatement, type TrustStatement } from './policy';

/**
 * What Firehose needs to deliver to an S3 bucket, from "Grant Firehose access to an Amazon S3
 * destination" (Amazon Data Firehose developer guide). Multipart uploads need the Abort/List actions.
 */
export const FIREHOSE_S3_ACTIONS = [
  's3:AbortMultipartUpload',
  's3:GetBucketLocation',
  's3:GetObject',
  's3:ListBucket',
  's3:ListBucketMultipartUploads',
  's3:PutObject',
] as const;

/** With a customer managed key, S3 asks KMS on Firehose's behalf: a data key to write, decrypt for multipart uploads. */
export const FIREHOSE_KMS_ACTIONS = ['kms:GenerateDataKey', 'kms:Decrypt'] as const;

/** The S3 (and KMS) permissions of one delivery stream writing to one bucket, and nothing else. */
export function firehoseS3DeliveryPolicy(bucketLogicalId: string, bucket: ConfigOf<'s3-bucket'>): PolicyDocument {
  const bucketArn = getAtt(bucketLogicalId, 'Arn');
  const objectsArn = sub(`\${${bucketLogicalId}.Arn}/*`);
  const statements: PolicyStatement[] = [
    { Sid: 'DeliverToBucket', Effect: 'Allow', Action: [...FIREHOSE_S3_ACTIONS], Resource: [bucketArn, objectsArn] },
  ];
  // The AWS managed key aws/s3 is usable by any principal of the account through S3: only a customer key needs a grant.
  if (bucket.encryption === 'SSE-KMS' && bucket.kmsKeyArn !== '') {
    statements.push({
      Sid: 'UseBucketKmsKey',
      Effect: 'Allow',
      Action: [...FIREHOSE_KMS_ACTIONS],
      Resource: [bucket.kmsKeyArn],
      Condition: {
        StringEquals: { 'kms:ViaService': sub('s3.${AWS::Region}.${AWS::URLSuffix}') },
        // S3 passes the object ARN as encryption context, or the bucket ARN when an S3 Bucket Key is used.
        StringLike: { 'kms:EncryptionContext:aws:s3:arn': [bucketArn, objectsArn] },
      },
    });
  }
  return policyDocument<PolicyStatement>(...statements);
}

/** Lets Firehose assume the role, only on behalf of this account (the confused deputy guard AWS documents). */
export function firehoseTrustPolicy(): PolicyDocument<TrustStatement> {
  return policyDocument<TrustStatement>({
    Effect: 'Allow',
    Principal: { Service: 'firehose.amazonaws.com' },
    Action: ['sts:AssumeRole'],
    Condition: { StringEquals: { 'sts:ExternalId': ref('AWS::AccountId') } },
  });
}

/** The role a delivery stream assumes to write into its bucket. */
export function firehoseDeliveryRole(bucketLogicalId: string, bucket: ConfigOf<'s3-bucket'>, description: string): CfnResource {
  return {
    Type: 'AWS::IAM::Role',
    Properties: {
      Description: iamDescription(description),
      AssumeRolePolicyDocument: firehoseTrustPolicy(),
      Policies: [{ PolicyName: 'S3Delivery', PolicyDocument: firehoseS3DeliveryPolicy(bucketLogicalId, bucket) }],
    },
  };
}
