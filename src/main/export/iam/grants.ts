import { getAtt, sub, type CfnResource, type Tag, type TemplateValue } from '../cloudformation/template';
import { iamDescription, policyDocument, type PolicyStatement, type TrustStatement } from './policy';

/**
 * What one connection needs, as identity-policy statements on the connected resource's ARNs only.
 * Every role a mapper makes is the sum of the grants of its node's edges: no `*` where the service
 * supports resource-level permissions. Action lists follow each service's "actions, resources and
 * condition keys" page of the Service Authorization Reference.
 */

/** An ARN built from a resource's name: for types whose GetAtt gives no ARN (Glue jobs, crawlers, databases…). */
export const arnOf = (service: string, resource: string): TemplateValue =>
  sub(`arn:\${AWS::Partition}:${service}:\${AWS::Region}:\${AWS::AccountId}:${resource}`);

/** The bucket and every object in it, from the bucket's logical id. */
export function bucketArns(bucketLogicalId: string): { bucket: TemplateValue; objects: TemplateValue } {
  return { bucket: getAtt(bucketLogicalId, 'Arn'), objects: sub(`\${${bucketLogicalId}.Arn}/*`) };
}

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

export function kinesisStreamRead(streamLogicalId: string): PolicyStatement[] {
  return [
    {
      Effect: 'Allow',
      Action: ['kinesis:DescribeStream', 'kinesis:DescribeStreamSummary', 'kinesis:GetRecords', 'kinesis:GetShardIterator', 'kinesis:ListShards', 'kinesis:SubscribeToShard'],
      Resource: [getAtt(streamLogicalId, 'Arn')],
    },
  ];
}

export function kinesisStreamWrite(streamLogicalId: string): PolicyStatement[] {
  return [{ Effect: 'Allow', Action: ['kinesis:DescribeStreamSummary', 'kinesis:PutRecord', 'kinesis:PutRecords'], Resource: [getAtt(streamLogicalId, 'Arn')] }];
}

export function firehosePut(deliveryStreamLogicalId: string): PolicyStatement[] {
  return [{ Effect: 'Allow', Action: ['firehose:PutRecord', 'firehose:PutRecordBatch'], Resource: [getAtt(deliveryStreamLogicalId, 'Arn')] }];
}

export function lambdaInvoke(functionLogicalId: string): PolicyStatement[] {
  return [{ Effect: 'Allow', Action: ['lambda:InvokeFunction'], Resource: [getAtt(functionLogicalId, 'Arn')] }];
}

/** A customer managed key used directly (not through S3): streams, tables, logs encrypted with it. */
export function kmsUse(keyArn: TemplateValue | undefined, actions: readonly string[] = ['kms:Decrypt', 'kms:GenerateDataKey']): PolicyStatement[] {
  return keyArn === undefined ? [] : [{ Effect: 'Allow', Action: [...actions], Resource: [keyArn] }];
}

/** Writing to one CloudWatch Logs group (its log streams included). */
export function logsWrite(logGroupLogicalId: string): PolicyStatement[] {
  return [{ Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: [getAtt(logGroupLogicalId, 'Arn')] }];
}

/** Glue Data Catalog access to one database and its tables (the catalog itself is a required resource of every call). */
export function glueCatalog(databaseName: TemplateValue, access: 'read' | 'write'): PolicyStatement[] {
  const read = ['glue:GetDatabase', 'glue:GetTable', 'glue:GetTables', 'glue:GetPartition', 'glue:GetPartitions', 'glue:BatchGetPartition'];
  const write = ['glue:CreateTable', 'glue:UpdateTable', 'glue:BatchCreatePartition', 'glue:CreatePartition', 'glue:UpdatePartition', 'glue:BatchUpdatePartition'];
  const name = typeof databaseName === 'string' ? databaseName : undefined;
  const database = name !== undefined ? arnOf('glue', `database/${name}`) : { 'Fn::Sub': ['arn:${AWS::Partition}:glue:${AWS::Region}:${AWS::AccountId}:database/${Db}', { Db: databaseName }] };
  const tables = name !== undefined ? arnOf('glue', `table/${name}/*`) : { 'Fn::Sub': ['arn:${AWS::Partition}:glue:${AWS::Region}:${AWS::AccountId}:table/${Db}/*', { Db: databaseName }] };
  return [{ Effect: 'Allow', Action: access === 'read' ? read : [...read, ...write], Resource: [arnOf('glue', 'catalog'), database as TemplateValue, tables as TemplateValue] }];
}

/** Statements with the same effect, resources and conditions merged, actions sorted: short, stable policies. */
export function mergeStatements(statements: readonly PolicyStatement[]): PolicyStatement[] {
  const merged = new Map<string, PolicyStatement>();
  for (const statement of statements) {
    const key = JSON.stringify([statement.Effect, statement.Resource, statement.Condition ?? null]);
    const existing = merged.get(key);
    if (existing) existing.Action = [...new Set([...existing.Action, ...statement.Action])].sort();
    else merged.set(key, { ...statement, Action: [...new Set(statement.Action)].sort() });
  }
  return [...merged.values()];
}

export interface ServiceRoleSpec {
  /** The service principal allowed to assume the role, e.g. "glue.amazonaws.com". */
  service: string;
  description: string;
  /** The grants of the node's connections; merged into one inline policy. */
  statements: readonly PolicyStatement[];
  /** AWS managed policies the service documents as required (e.g. AWSGlueServiceRole); ARNs under aws-partition. */
  managedPolicyArns?: readonly TemplateValue[];
  tags?: readonly Tag[];
}

/**
 * A role for one service, trusted only on behalf of this account (the confused-deputy guard AWS
 * documents: aws:SourceAccount), with exactly the statements of its connections.
 */
export function serviceRole(spec: ServiceRoleSpec): CfnResource {
  const trust = policyDocument<TrustStatement>({
    Effect: 'Allow',
    Principal: { Service: spec.service },
    Action: ['sts:AssumeRole'],
    Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
  });
  const statements = mergeStatements(spec.statements);
  return {
    Type: 'AWS::IAM::Role',
    Properties: {
      Description: iamDescription(spec.description),
      AssumeRolePolicyDocument: trust,
      ...(statements.length > 0 ? { Policies: [{ PolicyName: 'PipelineConnections', PolicyDocument: policyDocument<PolicyStatement>(...statements) }] } : {}),
      ...(spec.managedPolicyArns && spec.managedPolicyArns.length > 0 ? { ManagedPolicyArns: [...spec.managedPolicyArns] } : {}),
      ...(spec.tags && spec.tags.length > 0 ? { Tags: [...spec.tags] } : {}),
    },
  };
}
