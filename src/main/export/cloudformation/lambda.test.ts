import { describe, expect, it } from 'vitest';
import { KINDS } from '../../../shared/catalog/registry';
import { toCloudFormation } from './index';
import { readBack, statementsOf } from './testing/read-back';
import { lambdaInVpc, lambdaViaEndpoint, streamToLambda } from './testing/streaming-fixtures';

const arn = (id: string) => ({ 'Fn::GetAtt': [id, 'Arn'] });
const TAGS = [
  { Key: 'pipewright:pipeline', Value: 'Stream to Lambda' },
  { Key: 'pipewright:environment', Value: { Ref: 'Environment' } },
];
const KINESIS_READ = ['kinesis:DescribeStream', 'kinesis:DescribeStreamSummary', 'kinesis:GetRecords', 'kinesis:GetShardIterator', 'kinesis:ListShards', 'kinesis:SubscribeToShard'];
const notesOf = (template: ReturnType<typeof toCloudFormation>): string[] => (template.Metadata?.Pipewright as { Notes?: string[] } | undefined)?.Notes ?? [];

describe('lambda → AWS::Lambda::Function polling a Kinesis data stream', () => {
  const template = toCloudFormation(streamToLambda());

  it('sizes the function from its settings, with placeholder code, its own log group and where its table is', () => {
    expect(template.Resources.ScoreClicks?.Properties).toMatchObject({
      Runtime: 'python3.13',
      Handler: 'index.handler',
      Code: { ZipFile: expect.stringContaining('def handler(event, context):') },
      MemorySize: 512,
      Timeout: 60,
      ReservedConcurrentExecutions: 5,
      Role: arn('ScoreClicksRole'),
      LoggingConfig: { LogGroup: { Ref: 'ScoreClicksLogGroup' }, LogFormat: 'Text' },
      Environment: { Variables: { CLICK_SCORES_TABLE: { Ref: 'ClickScores' } } },
      Tags: TAGS,
    });
    expect(template.Resources.ScoreClicks?.Properties).not.toHaveProperty('VpcConfig');
    expect(template.Resources.ScoreClicksLogGroup?.Properties).toEqual({
      LogGroupName: { 'Fn::Sub': '/aws/lambda/${AWS::StackName}/ScoreClicks' },
      RetentionInDays: { Ref: 'LogRetentionDays' },
      Tags: TAGS,
    });
  });

  it('polls the stream with the batching settings', () => {
    expect(template.Resources.ScoreClicksClickStreamMapping).toEqual({
      Type: 'AWS::Lambda::EventSourceMapping',
      Properties: {
        FunctionName: { Ref: 'ScoreClicks' },
        EventSourceArn: arn('ClickStream'),
        StartingPosition: 'TRIM_HORIZON',
        BatchSize: 250,
        MaximumBatchingWindowInSeconds: 5,
        ParallelizationFactor: 2,
        Tags: TAGS,
      },
    });
  });

  it('has an execution role with exactly its logs, the stream read with its key and the table writes', () => {
    const role = template.Resources.ScoreClicksRole;
    expect(role?.Properties.AssumeRolePolicyDocument).toMatchObject({ Statement: [{ Principal: { Service: 'lambda.amazonaws.com' }, Action: ['sts:AssumeRole'] }] });
    expect(statementsOf(role)).toEqual([
      { Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: [arn('ScoreClicksLogGroup')] },
      { Effect: 'Allow', Action: KINESIS_READ, Resource: [arn('ClickStream')] },
      { Effect: 'Allow', Action: ['kms:Decrypt'], Resource: [arn('StreamKey')] },
      { Effect: 'Allow', Action: ['dynamodb:BatchWriteItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'], Resource: [arn('ClickScores')] },
    ]);
  });

  it('leaves concurrency to the account pool when none is reserved', () => {
    const pool = toCloudFormation(streamToLambda({ lambda: { concurrency: { mode: 'unreserved' } } }));
    expect(pool.Resources.ScoreClicks?.Properties).not.toHaveProperty('ReservedConcurrentExecutions');
  });

  it('reads its settings back, the batching ones from its event source mapping', () => {
    const { read, expected, refused } = readBack(streamToLambda(), 'fn', Object.keys(KINDS.lambda.config.shape));
    expect(refused).toEqual([]);
    expect(read).toEqual(expected);
  });
});

describe('lambda in the VPC, reading table changes and writing to stores', () => {
  const template = toCloudFormation(lambdaInVpc());
  const fn = template.Resources.SyncOrders!;

  it('takes a package from S3 for runtimes CloudFormation cannot take inline', () => {
    expect(fn.Properties).toMatchObject({ Runtime: 'java21', Code: { S3Bucket: { Ref: 'SyncOrdersCodeS3Bucket' }, S3Key: { Ref: 'SyncOrdersCodeS3Key' } }, Handler: { Ref: 'SyncOrdersHandler' } });
    expect(template.Parameters?.SyncOrdersHandler).toMatchObject({ Default: 'example.Handler::handleRequest' });
  });

  it('joins the client security groups of the stores only reachable in the VPC', () => {
    expect(fn.Properties.VpcConfig).toEqual({
      SubnetIds: { Ref: 'SubnetIds' },
      SecurityGroupIds: [{ 'Fn::GetAtt': ['OrdersDBClientSecurityGroup', 'GroupId'] }, { 'Fn::GetAtt': ['OrderSearchClientSecurityGroup', 'GroupId'] }],
    });
    expect(fn.Properties.Environment).toEqual({
      Variables: {
        ORDER_EVENTS_DELIVERY_STREAM: { Ref: 'OrderEvents' },
        ORDER_SEARCH_ENDPOINT: { 'Fn::GetAtt': ['OrderSearch', 'DomainEndpoint'] },
        ORDER_WAREHOUSE_DATABASE: { Ref: 'OrderWarehouseDatabaseName' },
        ORDER_WAREHOUSE_WORKGROUP: { 'Fn::GetAtt': ['OrderWarehouseWorkgroup', 'Workgroup.WorkgroupName'] },
      },
    });
  });

  it('polls the table’s stream and lets S3 invoke it, noting the bucket notification it cannot write', () => {
    expect(template.Resources.SyncOrdersOrdersMapping?.Properties).toMatchObject({ EventSourceArn: { 'Fn::GetAtt': ['Orders', 'StreamArn'] }, StartingPosition: 'LATEST' });
    expect(template.Resources.SyncOrdersUploadsPermission?.Properties).toEqual({
      FunctionName: arn('SyncOrders'),
      Action: 'lambda:InvokeFunction',
      Principal: 's3.amazonaws.com',
      SourceAccount: { Ref: 'AWS::AccountId' },
      SourceArn: arn('Uploads'),
    });
    expect(notesOf(template)).toContain(
      '"Sync orders": S3 may invoke it for "Uploads"; add the bucket\'s NotificationConfiguration (LambdaConfigurations, s3:ObjectCreated:*) to send the events, which this export does not write on the bucket.',
    );
  });

  it('grants its reads and writes, and "*" only to calls without resource-level permissions, each set apart', () => {
    const statements = statementsOf(template.Resources.SyncOrdersRole);
    expect(statements).toEqual([
      { Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: [arn('SyncOrdersLogGroup')] },
      { Effect: 'Allow', Action: ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:ListStreams'], Resource: [{ 'Fn::GetAtt': ['Orders', 'StreamArn'] }] },
      { Effect: 'Allow', Action: ['s3:GetBucketLocation', 's3:ListBucket'], Resource: [arn('Uploads')] },
      { Effect: 'Allow', Action: ['s3:GetObject'], Resource: [{ 'Fn::Sub': '${Uploads.Arn}/*' }] },
      { Effect: 'Allow', Action: ['firehose:PutRecord', 'firehose:PutRecordBatch'], Resource: [arn('OrderEvents')] },
      { Effect: 'Allow', Action: ['es:ESHttpDelete', 'es:ESHttpGet', 'es:ESHttpHead', 'es:ESHttpPost', 'es:ESHttpPut'], Resource: [arn('OrderSearch'), { 'Fn::Sub': '${OrderSearch.Arn}/*' }] },
      {
        Effect: 'Allow',
        Action: ['redshift-data:BatchExecuteStatement', 'redshift-data:ExecuteStatement', 'redshift-serverless:GetCredentials'],
        Resource: [{ 'Fn::GetAtt': ['OrderWarehouseWorkgroup', 'Workgroup.WorkgroupArn'] }],
      },
      {
        Sid: 'StatementCallsSupportNoResourceLevelPermissions',
        Effect: 'Allow',
        Action: ['redshift-data:CancelStatement', 'redshift-data:DescribeStatement', 'redshift-data:GetStatementResult'],
        Resource: ['*'],
        Condition: { StringEquals: { 'redshift-data:statement-owner-iam-userid': '${aws:userid}' } },
      },
      {
        Sid: 'DescribeSupportsNoResourceLevelPermissions',
        Effect: 'Allow',
        Action: ['ec2:DescribeNetworkInterfaces', 'ec2:DescribeSecurityGroups', 'ec2:DescribeSubnets', 'ec2:DescribeVpcAttribute', 'ec2:DescribeVpcs'],
        Resource: ['*'],
      },
      {
        Effect: 'Allow',
        Action: ['ec2:AssignPrivateIpAddresses', 'ec2:CreateNetworkInterface', 'ec2:CreateNetworkInterfacePermission', 'ec2:DeleteNetworkInterface', 'ec2:UnassignPrivateIpAddresses'],
        Resource: ['network-interface/*', 'subnet/*', 'security-group/*'].map((r) => ({ 'Fn::Sub': `arn:\${AWS::Partition}:ec2:\${AWS::Region}:\${AWS::AccountId}:${r}` })),
      },
    ]);
  });

  it('uses the Data API on a provisioned cluster by its identifier and database', () => {
    const pipeline = lambdaInVpc();
    pipeline.nodes.find((n) => n.id === 'dw')!.config.deployment = { mode: 'provisioned', nodeType: 'ra3.xlplus', numberOfNodes: 2 };
    const cluster = toCloudFormation(pipeline);
    expect(statementsOf(cluster.Resources.SyncOrdersRole)).toEqual(
      expect.arrayContaining([
        { Effect: 'Allow', Action: ['redshift-data:BatchExecuteStatement', 'redshift-data:ExecuteStatement'], Resource: [{ 'Fn::Sub': 'arn:${AWS::Partition}:redshift:${AWS::Region}:${AWS::AccountId}:cluster:${OrderWarehouse}' }] },
        {
          Effect: 'Allow',
          Action: ['redshift:GetClusterCredentialsWithIAM'],
          Resource: [{ 'Fn::Sub': ['arn:${AWS::Partition}:redshift:${AWS::Region}:${AWS::AccountId}:dbname:${Cluster}/${Db}', { Cluster: { Ref: 'OrderWarehouse' }, Db: { Ref: 'OrderWarehouseDatabaseName' } }] }],
        },
      ]),
    );
    expect(cluster.Resources.SyncOrders?.Properties.Environment).toMatchObject({ Variables: { ORDER_WAREHOUSE_CLUSTER: { Ref: 'OrderWarehouse' } } });
  });

  it('gets a security group of its own when only an S3 gateway endpoint puts it in the VPC', () => {
    const endpoint = toCloudFormation(lambdaViaEndpoint());
    expect(endpoint.Resources.WriterSecurityGroup?.Type).toBe('AWS::EC2::SecurityGroup');
    expect(endpoint.Resources.Writer?.Properties.VpcConfig).toEqual({ SubnetIds: { Ref: 'SubnetIds' }, SecurityGroupIds: [{ 'Fn::GetAtt': ['WriterSecurityGroup', 'GroupId'] }] });
    expect(statementsOf(endpoint.Resources.WriterRole)).toContainEqual({ Effect: 'Allow', Action: ['s3:AbortMultipartUpload', 's3:PutObject'], Resource: [{ 'Fn::Sub': '${Out.Arn}/*' }] });
  });

  it('reads its settings back from its table stream mapping', () => {
    const { read, expected, refused } = readBack(lambdaInVpc({ batchSize: 1000, startingPosition: 'TRIM_HORIZON' }), 'fn', Object.keys(KINDS.lambda.config.shape));
    expect(refused).toEqual([]);
    expect(read).toEqual(expected);
  });
});
