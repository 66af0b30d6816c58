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

/**
 * Statements with the same effect, resources and conditions merged, actions sorted: short, stable
 * policies. A Sid says why a statement stands apart (e.g. no resource-level permissions), so
 * statements with different Sids stay apart.
 */
export function mergeStatements(statements: readonly PolicyStatement[]): PolicyStatement[] {
  const merged = new Map<string, PolicyStatement>();
  for (const statement of statements) {
    const key = JSON.stringify([statement.Sid ?? null, statement.Effect, statement.Resource, statement.Condition ?? null]);
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

// --- Streaming and ingest grants (Firehose, Lambda, IoT rules, Flink, Rekognition) ---

/** An ARN with a suffix: `${Resource.Arn}/*`-style strings for the resources under a domain, a function's versions… */
const arnWith = (arn: TemplateValue, suffix: string): TemplateValue =>
  typeof arn === 'string' ? `${arn}${suffix}` : ({ 'Fn::Join': ['', [arn, suffix]] } as TemplateValue);

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

/** Invoking a function known by its ARN (a setting), its versions and aliases included, as Firehose transforms do. */
export function lambdaInvokeArn(functionArn: TemplateValue): PolicyStatement[] {
  return [{ Effect: 'Allow', Action: ['lambda:GetFunctionConfiguration', 'lambda:InvokeFunction'], Resource: [functionArn, arnWith(functionArn, ':*')] }];
}

/** Reading one Glue table's schema, as Firehose record format conversion does (GetTable, GetTableVersion(s)). */
export function glueTableSchemaRead(databaseName: TemplateValue, tableName: TemplateValue): PolicyStatement[] {
  const arn = (resource: string, variables: Record<string, TemplateValue>): TemplateValue =>
    ({ 'Fn::Sub': [`arn:\${AWS::Partition}:glue:\${AWS::Region}:\${AWS::AccountId}:${resource}`, variables] }) as TemplateValue;
  return [
    {
      Effect: 'Allow',
      Action: ['glue:GetTable', 'glue:GetTableVersion', 'glue:GetTableVersions'],
      Resource: [arnOf('glue', 'catalog'), arn('database/${Db}', { Db: databaseName }), arn('table/${Db}/${Table}', { Db: databaseName, Table: tableName })],
    },
  ];
}

/** Reading one Secrets Manager secret (credentials Firehose uses for Redshift or Splunk). */
export function secretRead(secretArn: TemplateValue): PolicyStatement[] {
  return [{ Effect: 'Allow', Action: ['secretsmanager:GetSecretValue'], Resource: [secretArn] }];
}

/** Indexing documents into an OpenSearch Service domain (HTTP POST/PUT on its paths). */
export function openSearchIndex(domainLogicalId: string): PolicyStatement[] {
  return [{ Effect: 'Allow', Action: ['es:ESHttpPost', 'es:ESHttpPut'], Resource: [sub(`\${${domainLogicalId}.Arn}/*`)] }];
}

/** Firehose delivering to a domain: "Grant Firehose access to a public OpenSearch Service destination". */
export function openSearchDeliver(domainLogicalId: string): PolicyStatement[] {
  const domain = getAtt(domainLogicalId, 'Arn');
  const paths = ['_all/_settings', '_cluster/stats', '*/_mapping/*', '_nodes', '_nodes/stats', '_nodes/*/stats', '_stats', '*/_stats', ''];
  return [
    { Effect: 'Allow', Action: ['es:DescribeDomain', 'es:DescribeDomainConfig', 'es:DescribeDomains'], Resource: [domain, sub(`\${${domainLogicalId}.Arn}/*`)] },
    ...openSearchIndex(domainLogicalId),
    { Effect: 'Allow', Action: ['es:ESHttpGet'], Resource: paths.map((path) => sub(`\${${domainLogicalId}.Arn}/${path}`)) },
  ];
}

/**
 * Elastic network interfaces in the pipeline's VPC, for a service that runs there: the union of
 * AWSLambdaVPCAccessExecutionRole and "Grant Firehose access to an OpenSearch Service destination
 * in a VPC". The Describe calls support no resource-level permissions (Service Authorization
 * Reference, Amazon EC2), so they sit apart on "*"; the rest is bounded to this account's ENIs,
 * subnets and security groups.
 */
export function vpcNetworkInterfaces(): PolicyStatement[] {
  return [
    {
      Sid: 'DescribeSupportsNoResourceLevelPermissions',
      Effect: 'Allow',
      Action: ['ec2:DescribeNetworkInterfaces', 'ec2:DescribeSecurityGroups', 'ec2:DescribeSubnets', 'ec2:DescribeVpcAttribute', 'ec2:DescribeVpcs'],
      Resource: ['*'],
    },
    {
      Effect: 'Allow',
      Action: ['ec2:AssignPrivateIpAddresses', 'ec2:CreateNetworkInterface', 'ec2:CreateNetworkInterfacePermission', 'ec2:DeleteNetworkInterface', 'ec2:UnassignPrivateIpAddresses'],
      Resource: [arnOf('ec2', 'network-interface/*'), arnOf('ec2', 'subnet/*'), arnOf('ec2', 'security-group/*')],
    },
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

/** Reading live video from a Kinesis video stream (GetDataEndpoint, then GetMedia on that endpoint). */
export function kinesisVideoRead(streamLogicalId: string, keyArn?: TemplateValue): PolicyStatement[] {
  return [{ Effect: 'Allow', Action: ['kinesisvideo:GetDataEndpoint', 'kinesisvideo:GetMedia'], Resource: [getAtt(streamLogicalId, 'Arn')] }, ...kmsUse(keyArn, ['kms:Decrypt'])];
}

/** Publishing to one SNS topic (Ref of a topic is its ARN). */
export function snsPublish(topicLogicalId: string): PolicyStatement[] {
  return [{ Effect: 'Allow', Action: ['sns:Publish'], Resource: [{ Ref: topicLogicalId }] }];
}

/** A managed policy of exactly these statements, for a role the template does not know (producers' own roles). */
export function managedPolicy(description: string, statements: readonly PolicyStatement[]): CfnResource {
  return { Type: 'AWS::IAM::ManagedPolicy', Properties: { Description: iamDescription(description), PolicyDocument: policyDocument<PolicyStatement>(...mergeStatements(statements)) } };
}

/** A customer managed key used by `service` on the caller's behalf (DynamoDB, Secrets Manager…): only through that service. */
export function kmsViaService(keyArn: TemplateValue | undefined, service: string, actions: readonly string[]): PolicyStatement[] {
  if (keyArn === undefined) return [];
  return [{ Effect: 'Allow', Action: [...actions], Resource: [keyArn], Condition: { StringEquals: { 'kms:ViaService': sub(`${service}.\${AWS::Region}.\${AWS::URLSuffix}`) } } }];
}

/** The table and its indexes, from the table's logical id. */
function tableArns(tableLogicalId: string): TemplateValue[] {
  return [getAtt(tableLogicalId, 'Arn'), sub(`\${${tableLogicalId}.Arn}/index/*`)];
}

/** Item reads (GetItem, Query, Scan and their batch forms) on one DynamoDB table and its indexes. */
export function dynamodbRead(tableLogicalId: string, keyArn?: TemplateValue): PolicyStatement[] {
  return [
    { Effect: 'Allow', Action: ['dynamodb:BatchGetItem', 'dynamodb:ConditionCheckItem', 'dynamodb:DescribeTable', 'dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:Scan'], Resource: tableArns(tableLogicalId) },
    ...kmsViaService(keyArn, 'dynamodb', ['kms:Decrypt']),
  ];
}

/** Document reads and writes over the HTTP API of one OpenSearch Service domain (indices are sub-resources of the domain ARN). */
export function opensearchWrite(domainLogicalId: string): PolicyStatement[] {
  return [
    {
      Effect: 'Allow',
      Action: ['es:ESHttpDelete', 'es:ESHttpGet', 'es:ESHttpHead', 'es:ESHttpPost', 'es:ESHttpPut'],
      Resource: [getAtt(domainLogicalId, 'Arn'), sub(`\${${domainLogicalId}.Arn}/*`)],
    },
  ];
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

/** Passing one role to one service (e.g. EMR handing its instance role to EC2). */
export function passRole(roleLogicalId: string, toService: string): PolicyStatement[] {
  return [{ Effect: 'Allow', Action: ['iam:PassRole'], Resource: [getAtt(roleLogicalId, 'Arn')], Condition: { StringEquals: { 'iam:PassedToService': toService } } }];
}

/**
 * The role of an EC2 instance profile (EMR nodes, Batch container instances). AWS documents
 * instance-profile trust policies with the service principal alone ("Use an IAM role to grant
 * permissions to applications running on Amazon EC2 instances", IAM user guide), so no
 * aws:SourceAccount condition here.
 */
export function ec2InstanceRole(spec: Omit<ServiceRoleSpec, 'service'>): CfnResource {
  const role = serviceRole({ ...spec, service: 'ec2.amazonaws.com' });
  const trust = policyDocument<TrustStatement>({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: ['sts:AssumeRole'] });
  return { ...role, Properties: { ...role.Properties, AssumeRolePolicyDocument: trust } };
}

/*
 * Starting and watching jobs (Step Functions tasks, EventBridge Scheduler and rule targets). Actions per
 * integration pattern from the Step Functions developer guide, "IAM policies for integrated services";
 * `wait` is Run a Job (.sync): Step Functions then polls the job and stops it when the execution stops.
 */

/** The managed EventBridge rule through which Step Functions learns that a .sync job finished. */
export function stepFunctionsSyncRule(ruleName: string): PolicyStatement[] {
  return [{ Effect: 'Allow', Action: ['events:DescribeRule', 'events:PutRule', 'events:PutTargets'], Resource: [arnOf('events', `rule/${ruleName}`)] }];
}

/** A Glue job, from its logical id (Ref is the job name). */
export function glueJobRun(jobLogicalId: string, wait: boolean): PolicyStatement[] {
  const actions = wait ? ['glue:BatchStopJobRun', 'glue:GetJobRun', 'glue:GetJobRuns', 'glue:StartJobRun'] : ['glue:StartJobRun'];
  return [{ Effect: 'Allow', Action: actions, Resource: [arnOf('glue', `job/\${${jobLogicalId}}`)] }];
}

/** A Glue crawler, from its logical id (Ref is the crawler name); `poll` adds GetCrawler for a wait loop. */
export function glueCrawlerRun(crawlerLogicalId: string, poll: boolean): PolicyStatement[] {
  return [{ Effect: 'Allow', Action: poll ? ['glue:GetCrawler', 'glue:StartCrawler'] : ['glue:StartCrawler'], Resource: [arnOf('glue', `crawler/\${${crawlerLogicalId}}`)] }];
}

/**
 * Submitting to one job queue with one job definition (Refs are their ARNs; SubmitJob needs both,
 * AWS Batch user guide "Restrict to a job queue"). Job ids exist only at run time, so TerminateJob
 * is scoped to the account's jobs; DescribeJobs supports no resource-level permissions at all.
 */
export function batchSubmitJob(jobDefinition: TemplateValue, jobQueue: TemplateValue, wait: boolean): PolicyStatement[] {
  if (!wait) return [{ Effect: 'Allow', Action: ['batch:SubmitJob'], Resource: [jobDefinition, jobQueue] }];
  return [
    { Effect: 'Allow', Action: ['batch:SubmitJob'], Resource: [jobDefinition, jobQueue] },
    { Effect: 'Allow', Action: ['batch:TerminateJob'], Resource: [arnOf('batch', 'job/*')] },
    // batch:DescribeJobs has no resource types in the Service Authorization Reference: "*" is the only form.
    { Effect: 'Allow', Action: ['batch:DescribeJobs'], Resource: ['*'] },
    ...stepFunctionsSyncRule('StepFunctionsGetEventsForBatchJobsRule'),
  ];
}

/** Adding steps to one EMR cluster (Ref is the cluster id). */
export function emrAddStep(clusterLogicalId: string, wait: boolean): PolicyStatement[] {
  const cluster = arnOf('elasticmapreduce', `cluster/\${${clusterLogicalId}}`);
  if (!wait) return [{ Effect: 'Allow', Action: ['elasticmapreduce:AddJobFlowSteps'], Resource: [cluster] }];
  return [
    { Effect: 'Allow', Action: ['elasticmapreduce:AddJobFlowSteps', 'elasticmapreduce:CancelSteps', 'elasticmapreduce:DescribeStep'], Resource: [cluster] },
    ...stepFunctionsSyncRule('StepFunctionsGetEventForEMRAddJobFlowStepsRule'),
  ];
}

/** SageMaker training jobs named `<jobNamePrefix>-…` (SageMaker ARNs are lower case), run as the role `executionRoleLogicalId`. */
export function sagemakerTrainingJob(jobNamePrefix: string, executionRoleLogicalId: string, wait: boolean): PolicyStatement[] {
  const jobs = arnOf('sagemaker', `training-job/${jobNamePrefix.toLowerCase()}-*`);
  return [
    { Effect: 'Allow', Action: wait ? ['sagemaker:CreateTrainingJob', 'sagemaker:DescribeTrainingJob', 'sagemaker:ListTags', 'sagemaker:StopTrainingJob'] : ['sagemaker:CreateTrainingJob'], Resource: [jobs] },
    ...passRole(executionRoleLogicalId, 'sagemaker.amazonaws.com'),
    ...(wait ? stepFunctionsSyncRule('StepFunctionsGetEventsForSageMakerTrainingJobsRule') : []),
  ];
}

/** Starting executions of one state machine (Ref is its ARN); waiting reads and stops its executions. */
export function statesStartExecution(stateMachineLogicalId: string, wait: boolean): PolicyStatement[] {
  const start: PolicyStatement = { Effect: 'Allow', Action: ['states:StartExecution'], Resource: [{ Ref: stateMachineLogicalId }] };
  if (!wait) return [start];
  return [
    start,
    { Effect: 'Allow', Action: ['states:DescribeExecution', 'states:StopExecution'], Resource: [arnOf('states', `execution:\${${stateMachineLogicalId}.Name}:*`)] },
    ...stepFunctionsSyncRule('StepFunctionsGetEventsForStepFunctionsExecutionRule'),
  ];
}

/** Starting one DMS replication task (Ref is its ARN). */
export function dmsStartReplicationTask(taskLogicalId: string): PolicyStatement[] {
  return [{ Effect: 'Allow', Action: ['dms:StartReplicationTask'], Resource: [{ Ref: taskLogicalId }] }];
}

/** Starting one DataSync task (Ref is its ARN); executions are sub-resources of the task. */
export function datasyncStartTaskExecution(taskLogicalId: string): PolicyStatement[] {
  return [{ Effect: 'Allow', Action: ['datasync:StartTaskExecution'], Resource: [{ Ref: taskLogicalId }] }];
}

/**
 * What Step Functions needs to deliver execution logs to CloudWatch Logs (developer guide, "Logging
 * using CloudWatch Logs"). These log-delivery actions support no resource-level permissions: "*".
 */
export function stepFunctionsLogDelivery(): PolicyStatement[] {
  return [
    {
      Effect: 'Allow',
      Action: [
        'logs:CreateLogDelivery',
        'logs:DeleteLogDelivery',
        'logs:DescribeLogGroups',
        'logs:DescribeResourcePolicies',
        'logs:GetLogDelivery',
        'logs:ListLogDeliveries',
        'logs:PutResourcePolicy',
        'logs:UpdateLogDelivery',
      ],
      Resource: ['*'],
    },
  ];
}

/** Reading a whole DynamoDB table by scanning it (Glue crawlers and jobs; "Crawler prerequisites", AWS Glue guide). */
export function dynamodbScan(tableArn: TemplateValue): PolicyStatement[] {
  return [{ Effect: 'Allow', Action: ['dynamodb:DescribeTable', 'dynamodb:Scan'], Resource: [tableArn] }];
}

/** Deleting objects in one bucket: Spark writers (Glue, EMR) commit output by copying temporary files and deleting them. */
export function s3Delete(bucketLogicalId: string): PolicyStatement[] {
  return [{ Effect: 'Allow', Action: ['s3:DeleteObject'], Resource: [bucketArns(bucketLogicalId).objects] }];
}

/**
 * SQL through the Redshift Data API on one warehouse, with temporary credentials of the caller's
 * IAM identity: a provisioned cluster (by its identifier) or a Serverless workgroup (by its ARN).
 * Describe/GetStatementResult/CancelStatement support no resource-level permissions (Service
 * Authorization Reference, Redshift Data API): they sit apart on "*", limited to the caller's own
 * statements by the statement-owner condition key.
 */
export function redshiftDataApi(warehouse: { cluster: string; databaseName: TemplateValue } | { workgroupArn: TemplateValue }): PolicyStatement[] {
  const statementCalls: PolicyStatement = {
    Sid: 'StatementCallsSupportNoResourceLevelPermissions',
    Effect: 'Allow',
    Action: ['redshift-data:CancelStatement', 'redshift-data:DescribeStatement', 'redshift-data:GetStatementResult'],
    Resource: ['*'],
    // ${aws:userid} is an IAM policy variable, not a CloudFormation one.
    Condition: { StringEquals: { 'redshift-data:statement-owner-iam-userid': '${aws:userid}' } },
  };
  if ('workgroupArn' in warehouse) {
    return [{ Effect: 'Allow', Action: ['redshift-data:BatchExecuteStatement', 'redshift-data:ExecuteStatement', 'redshift-serverless:GetCredentials'], Resource: [warehouse.workgroupArn] }, statementCalls];
  }
  const arn = (resource: string): TemplateValue =>
    ({ 'Fn::Sub': [`arn:\${AWS::Partition}:redshift:\${AWS::Region}:\${AWS::AccountId}:${resource}`, { Cluster: { Ref: warehouse.cluster }, Db: warehouse.databaseName }] }) as TemplateValue;
  return [
    { Effect: 'Allow', Action: ['redshift-data:BatchExecuteStatement', 'redshift-data:ExecuteStatement'], Resource: [sub(`arn:\${AWS::Partition}:redshift:\${AWS::Region}:\${AWS::AccountId}:cluster:\${${warehouse.cluster}}`)] },
    { Effect: 'Allow', Action: ['redshift:GetClusterCredentialsWithIAM'], Resource: [arn('dbname:${Cluster}/${Db}')] },
    statementCalls,
  ];
}
