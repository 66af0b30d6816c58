import { getAtt, sub, type TemplateValue } from '../../cloudformation/template';
import type { PolicyStatement } from '../policy';
import { bucketArns, tableArns } from './arns';
import { kmsViaService } from './security';

/** Grants on S3 buckets and DynamoDB tables. */

/** With a customer managed key, S3 calls KMS on the caller's behalf, so the caller needs the key too. */
export function kmsViaS3(keyArn: TemplateValue | undefined, actions: readonly string[]): PolicyStatement[] {
  if (keyArn === undefined) return [];
  return [{ Effect: 'Allow', Action: [...actions], Resource: [keyArn], Condition: { StringEquals: { 'kms:ViaService': sub('s3.${AWS::Region}.${AWS::URLSuffix}') } } }];
}

export function s3Read(bucketLogicalId: string, keyArn?: TemplateValue): PolicyStatement[] {
  const { bucket, objects } = bucketArns(bucketLogicalId);
  return [
    { Effect: 'Allow', Action: ['s3:GetBucketLocation', 's3:ListBucket'], Resource: [bucket] },
    { Effect: 'Allow', Action: ['s3:GetObject'], Resource: [objects] },
    ...kmsViaS3(keyArn, ['kms:Decrypt']),
  ];
}

/** Writing includes the multipart-upload actions large objects need. */
export function s3Write(bucketLogicalId: string, keyArn?: TemplateValue): PolicyStatement[] {
  const { bucket, objects } = bucketArns(bucketLogicalId);
  return [
    { Effect: 'Allow', Action: ['s3:GetBucketLocation', 's3:ListBucket', 's3:ListBucketMultipartUploads'], Resource: [bucket] },
    { Effect: 'Allow', Action: ['s3:AbortMultipartUpload', 's3:PutObject'], Resource: [objects] },
    ...kmsViaS3(keyArn, ['kms:GenerateDataKey', 'kms:Decrypt']),
  ];
}

/**
 * Firehose delivering into a bucket: the S3 actions of "Grant Firehose access to an Amazon S3
 * destination" (s3Write plus GetObject), and a customer key only through S3 and for this bucket
 * (S3 passes the object ARN, or the bucket ARN with an S3 Bucket Key, as encryption context).
 */
export function s3Deliver(bucketLogicalId: string, keyArn?: TemplateValue): PolicyStatement[] {
  const { bucket, objects } = bucketArns(bucketLogicalId);
  const [list, write] = s3Write(bucketLogicalId);
  return [
    list!,
    { ...write!, Action: [...write!.Action, 's3:GetObject'] },
    ...kmsViaS3(keyArn, ['kms:GenerateDataKey', 'kms:Decrypt']).map((s) => ({
      ...s,
      Condition: { ...s.Condition, StringLike: { 'kms:EncryptionContext:aws:s3:arn': [bucket, objects] } },
    })),
  ];
}

/** Putting objects only (IoT S3 action, Rekognition connected-home results). */
export function s3Put(bucketLogicalId: string, keyArn?: TemplateValue): PolicyStatement[] {
  return [{ Effect: 'Allow', Action: ['s3:PutObject'], Resource: [bucketArns(bucketLogicalId).objects] }, ...kmsViaS3(keyArn, ['kms:GenerateDataKey'])];
}

/** Reading one object given by its ARN (application code in S3). */
export function s3ObjectRead(objectArn: TemplateValue): PolicyStatement[] {
  return [{ Effect: 'Allow', Action: ['s3:GetObject', 's3:GetObjectVersion'], Resource: [objectArn] }];
}

/** Deleting objects in one bucket: Spark writers (Glue, EMR) commit output by copying temporary files and deleting them. */
export function s3Delete(bucketLogicalId: string): PolicyStatement[] {
  return [{ Effect: 'Allow', Action: ['s3:DeleteObject'], Resource: [bucketArns(bucketLogicalId).objects] }];
}

/**
 * What DataSync needs on a bucket it reads or writes, from "Providing DataSync access to S3
 * buckets" (DataSync user guide): it compares, copies, tags and (when the source lost a file) deletes objects.
 */
export function datasyncBucketAccess(bucketLogicalId: string, keyArn?: TemplateValue): PolicyStatement[] {
  const { bucket, objects } = bucketArns(bucketLogicalId);
  return [
    { Effect: 'Allow', Action: ['s3:GetBucketLocation', 's3:ListBucket', 's3:ListBucketMultipartUploads'], Resource: [bucket] },
    {
      Effect: 'Allow',
      Action: ['s3:AbortMultipartUpload', 's3:DeleteObject', 's3:GetObject', 's3:GetObjectTagging', 's3:GetObjectVersion', 's3:GetObjectVersionTagging', 's3:ListMultipartUploadParts', 's3:PutObject', 's3:PutObjectTagging'],
      Resource: [objects],
    },
    ...kmsViaS3(keyArn, ['kms:Decrypt', 'kms:GenerateDataKey']),
  ];
}

/** Writing items (Lambda): put, update and batch writes on one table. */
export function dynamodbWrite(tableLogicalId: string, keyArn?: TemplateValue): PolicyStatement[] {
  return [
    { Effect: 'Allow', Action: ['dynamodb:BatchWriteItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'], Resource: [getAtt(tableLogicalId, 'Arn')] },
    ...kmsViaService(keyArn, 'dynamodb', ['kms:Decrypt', 'kms:GenerateDataKey']),
  ];
}

/** Putting items only (IoT DynamoDBv2 action). */
export function dynamodbPut(tableLogicalId: string, keyArn?: TemplateValue): PolicyStatement[] {
  return [{ Effect: 'Allow', Action: ['dynamodb:PutItem'], Resource: [getAtt(tableLogicalId, 'Arn')] }, ...kmsViaService(keyArn, 'dynamodb', ['kms:Decrypt', 'kms:GenerateDataKey'])];
}

/** Polling a table's DynamoDB stream (Lambda event source mapping). */
export function dynamodbStreamRead(tableLogicalId: string): PolicyStatement[] {
  return [
    {
      Effect: 'Allow',
      Action: ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:ListStreams'],
      Resource: [getAtt(tableLogicalId, 'StreamArn')],
    },
  ];
}

/** Item reads (GetItem, Query, Scan and their batch forms) on one DynamoDB table and its indexes. */
export function dynamodbRead(tableLogicalId: string, keyArn?: TemplateValue): PolicyStatement[] {
  return [
    { Effect: 'Allow', Action: ['dynamodb:BatchGetItem', 'dynamodb:ConditionCheckItem', 'dynamodb:DescribeTable', 'dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:Scan'], Resource: tableArns(tableLogicalId) },
    ...kmsViaService(keyArn, 'dynamodb', ['kms:Decrypt']),
  ];
}

/** Reading a whole DynamoDB table by scanning it (Glue crawlers and jobs; "Crawler prerequisites", AWS Glue guide). */
export function dynamodbScan(tableArn: TemplateValue): PolicyStatement[] {
  return [{ Effect: 'Allow', Action: ['dynamodb:DescribeTable', 'dynamodb:Scan'], Resource: [tableArn] }];
}
