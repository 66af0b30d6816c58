import { describe, expect, it } from 'vitest';
import type { ConfigOf } from '../../../shared/catalog/registry';
import { buildPipeline, node } from '../../../shared/templates/build';
import { toCloudFormation } from './index';
import { bucketCopy, fileCopy, replicatedDatabase, replicateInto, sagemakerTraining } from './testing/data-services-fixtures';
import { readBack, statementsOf } from './testing/read-back';

const arn = (id: string) => ({ 'Fn::GetAtt': [id, 'Arn'] });
const objects = (id: string) => ({ 'Fn::Sub': `\${${id}.Arn}/*` });
const groupId = (id: string) => ({ 'Fn::GetAtt': [id, 'GroupId'] });
const sub = (text: string) => ({ 'Fn::Sub': text });
const tags = (pipeline: string) => [
  { Key: 'pipewright:pipeline', Value: pipeline },
  { Key: 'pipewright:environment', Value: { Ref: 'Environment' } },
];
const notesOf = (template: ReturnType<typeof toCloudFormation>) => JSON.stringify(template.Metadata ?? {});
const trust = (service: unknown) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: ['sts:AssumeRole'], Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } } }],
});
const BUCKET_READ = ['s3:GetBucketLocation', 's3:ListBucket'];
const BUCKET_WRITE = ['s3:GetBucketLocation', 's3:ListBucket', 's3:ListBucketMultipartUploads'];

describe('vpc-endpoint → AWS::EC2::VPCEndpoint (S3 gateway)', () => {
  it('routes the chosen route tables to S3 and allows only the buckets drawn through it', () => {
    const template = toCloudFormation(sagemakerTraining({}, { routeTableCount: 2 }));
    expect(template.Resources.S3Endpoint?.Properties).toEqual({
      VpcEndpointType: 'Gateway',
      ServiceName: sub('com.amazonaws.${AWS::Region}.s3'),
      VpcId: { Ref: 'VpcId' },
      RouteTableIds: [{ Ref: 'S3EndpointRouteTable1' }, { Ref: 'S3EndpointRouteTable2' }],
      PolicyDocument: {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Action: BUCKET_READ, Resource: [arn('TrainingData')], Principal: '*' },
          { Effect: 'Allow', Action: ['s3:GetObject'], Resource: [objects('TrainingData')], Principal: '*' },
          { Effect: 'Allow', Action: BUCKET_WRITE, Resource: [arn('Models')], Principal: '*' },
          { Effect: 'Allow', Action: ['s3:AbortMultipartUpload', 's3:PutObject'], Resource: [objects('Models')], Principal: '*' },
        ],
      },
      Tags: tags('Training'),
    });
    expect(template.Parameters?.S3EndpointRouteTable2).toMatchObject({ Type: 'String', AllowedPattern: '^rtb-[0-9a-f]+$' });
    expect(template.Parameters).not.toHaveProperty('S3EndpointRouteTable3');
    expect(notesOf(template)).toContain('ECR image layers');
  });

  it('keeps the default full-access policy when not restricted, or when no bucket is connected', () => {
    expect(toCloudFormation(sagemakerTraining({}, { restrictToBuckets: false })).Resources.S3Endpoint?.Properties).not.toHaveProperty('PolicyDocument');
    const alone = toCloudFormation(buildPipeline({ title: 'Endpoint', description: '' }, [node('vpc-endpoint', 'vpce', 'S3 endpoint', [0, 0])], []));
    expect(alone.Resources.S3Endpoint?.Properties).not.toHaveProperty('PolicyDocument');
    expect(notesOf(alone)).toContain('no bucket is connected, so the endpoint keeps the default policy');
  });

  it.each([
    ['restricted, three route tables', { routeTableCount: 3, restrictToBuckets: true }],
    ['full access', { routeTableCount: 1, restrictToBuckets: false }],
  ] as const)('reads its settings back (%s)', (_name, endpoint) => {
    const { read, expected, refused } = readBack(sagemakerTraining({}, endpoint), 'vpce', ['routeTableCount', 'restrictToBuckets']);
    expect(read).toEqual(expected);
    expect(refused).toEqual([]);
  });
});

describe('datasync → AWS::DataSync::Task with its locations', () => {
  const template = toCloudFormation(fileCopy({ task: { bandwidthLimitMbps: 100 }, bucket: { storageClass: 'Standard-IA' } }));

  it('copies from the share to the bucket on schedule, with its options and log group', () => {
    expect(template.Resources.CopyLabFiles?.Properties).toEqual({
      SourceLocationArn: { Ref: 'CopyLabFilesSource' },
      DestinationLocationArn: { Ref: 'CopyLabFilesDestination' },
      TaskMode: 'BASIC',
      Options: { VerifyMode: 'ONLY_FILES_TRANSFERRED', TransferMode: 'CHANGED', PreserveDeletedFiles: 'PRESERVE', LogLevel: 'BASIC', BytesPerSecond: 12_500_000 },
      Schedule: { ScheduleExpression: 'rate(24 hours)' },
      CloudWatchLogGroupArn: arn('CopyLabFilesLogGroup'),
      Tags: tags('File copy'),
    });
    expect(template.Resources.CopyLabFilesSource?.Properties).toEqual({
      ServerHostname: { Ref: 'CopyLabFilesServerHostname' },
      Subdirectory: { Ref: 'CopyLabFilesSourceSubdirectory' },
      OnPremConfig: { AgentArns: [{ Ref: 'CopyLabFilesAgentArn' }] },
      Tags: tags('File copy'),
    });
    expect(template.Resources.CopyLabFilesSource?.Type).toBe('AWS::DataSync::LocationNFS');
    expect(template.Parameters?.CopyLabFilesAgentArn).toMatchObject({ AllowedPattern: '^arn:aws[a-z-]*:datasync:[a-z0-9-]+:[0-9]{12}:agent/agent-[0-9a-z]{17}$' });
  });

  it('writes in the bucket’s storage class through a role of exactly the DataSync bucket actions and its key', () => {
    expect(template.Resources.CopyLabFilesDestination?.Properties).toEqual({
      S3BucketArn: arn('Raw'),
      S3Config: { BucketAccessRoleArn: arn('CopyLabFilesDestinationRole') },
      S3StorageClass: 'STANDARD_IA',
      Tags: tags('File copy'),
    });
    const role = template.Resources.CopyLabFilesDestinationRole;
    expect(role?.Properties.AssumeRolePolicyDocument).toEqual(trust('datasync.amazonaws.com'));
    expect(statementsOf(role)).toEqual([
      { Effect: 'Allow', Action: BUCKET_WRITE, Resource: [arn('Raw')] },
      {
        Effect: 'Allow',
        Action: ['s3:AbortMultipartUpload', 's3:DeleteObject', 's3:GetObject', 's3:GetObjectTagging', 's3:GetObjectVersion', 's3:GetObjectVersionTagging', 's3:ListMultipartUploadParts', 's3:PutObject', 's3:PutObjectTagging'],
        Resource: [objects('Raw')],
      },
      { Effect: 'Allow', Action: ['kms:Decrypt', 'kms:GenerateDataKey'], Resource: [arn('RawKey')], Condition: { StringEquals: { 'kms:ViaService': sub('s3.${AWS::Region}.${AWS::URLSuffix}') } } },
    ]);
  });

  it('lets DataSync, for this account’s tasks only, write into the task’s log group', () => {
    const policy = template.Resources.CopyLabFilesLogPolicy;
    expect(policy?.Type).toBe('AWS::Logs::ResourcePolicy');
    const document = JSON.parse((policy?.Properties.PolicyDocument as { 'Fn::Sub': string })['Fn::Sub']) as unknown;
    expect(document).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Service: 'datasync.amazonaws.com' },
          Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
          Resource: '${CopyLabFilesLogGroup.Arn}',
          Condition: { ArnLike: { 'aws:SourceArn': 'arn:${AWS::Partition}:datasync:${AWS::Region}:${AWS::AccountId}:task/*' }, StringEquals: { 'aws:SourceAccount': '${AWS::AccountId}' } },
        },
      ],
    });
  });

  it('reads SMB credentials from a secret through a role of their own, and leaves Enhanced mode unthrottled', () => {
    const smb = toCloudFormation(fileCopy({ share: { protocol: 'SMB' }, task: { taskMode: 'ENHANCED', bandwidthLimitMbps: 50, schedule: '' } }));
    expect(smb.Resources.CopyLabFilesSource).toMatchObject({
      Type: 'AWS::DataSync::LocationSMB',
      Properties: { User: { Ref: 'CopyLabFilesSmbUser' }, CustomSecretConfig: { SecretArn: { Ref: 'CopyLabFilesSmbCredentialsArn' }, SecretAccessRoleArn: arn('CopyLabFilesSecretRole') } },
    });
    expect(statementsOf(smb.Resources.CopyLabFilesSecretRole)).toEqual([{ Effect: 'Allow', Action: ['secretsmanager:GetSecretValue'], Resource: [{ Ref: 'CopyLabFilesSmbCredentialsArn' }] }]);
    const task = smb.Resources.CopyLabFiles?.Properties as Record<string, Record<string, unknown>>;
    expect(task.Options).not.toHaveProperty('BytesPerSecond');
    expect(task).not.toHaveProperty('Schedule');
    expect(notesOf(smb)).toContain('Enhanced mode takes no bandwidth limit; the 50 Mbit/s limit is left out');
  });

  it('reads HDFS with simple authentication, and another bucket through its own location and role', () => {
    const hdfs = toCloudFormation(fileCopy({ share: { protocol: 'HDFS' } }));
    expect(hdfs.Resources.CopyLabFilesSource).toMatchObject({
      Type: 'AWS::DataSync::LocationHDFS',
      Properties: { NameNodes: [{ Hostname: { Ref: 'CopyLabFilesNameNodeHostname' }, Port: { Ref: 'CopyLabFilesNameNodePort' } }], AuthenticationType: 'SIMPLE', SimpleUser: { Ref: 'CopyLabFilesHdfsUser' } },
    });
    const copy = toCloudFormation(bucketCopy());
    expect(copy.Resources.MoveObjectsSource).toMatchObject({ Type: 'AWS::DataSync::LocationS3', Properties: { S3BucketArn: arn('OldBucket'), S3Config: { BucketAccessRoleArn: arn('MoveObjectsSourceRole') } } });
    expect(copy.Resources.MoveObjectsSource?.Properties).not.toHaveProperty('S3StorageClass');
    expect(statementsOf(copy.Resources.MoveObjectsSourceRole)[0]).toEqual({ Effect: 'Allow', Action: BUCKET_WRITE, Resource: [arn('OldBucket')] });
  });

  it('keeps DataSync tags within its stricter character set', () => {
    const pipeline = fileCopy();
    pipeline.name = 'Données (lab)';
    expect(toCloudFormation(pipeline).Resources.CopyLabFiles?.Properties.Tags).toEqual(tags('Donn-es -lab-'));
  });

  it.each([
    ['basic, limited', { bandwidthLimitMbps: 100, transferMode: 'ALL', verifyMode: 'POINT_IN_TIME_CONSISTENT' }],
    ['enhanced, on demand, deleting', { taskMode: 'ENHANCED', schedule: '', verifyMode: 'NONE', preserveDeletedFiles: false }],
    ['cron', { schedule: 'cron(0 2 * * ? *)' }],
  ] as const)('reads its settings back (%s)', (_name, task: Partial<ConfigOf<'datasync'>>) => {
    const { read, expected, refused } = readBack(fileCopy({ task }), 'task', ['schedule', 'bandwidthLimitMbps', 'verifyMode', 'transferMode', 'taskMode', 'preserveDeletedFiles']);
    expect(read).toEqual(expected);
    expect(refused).toEqual([]);
  });
});

describe('dms → AWS::DMS::ReplicationTask on its instance, between two endpoints', () => {
  const template = toCloudFormation(replicatedDatabase());

  it('runs a private replication instance that joins the target database’s client group', () => {
    expect(template.Resources.ReplicateOrdersInstance?.Properties).toEqual({
      ReplicationInstanceClass: 'dms.t3.medium',
      AllocatedStorage: 50,
      MultiAZ: false,
      PubliclyAccessible: false,
      ReplicationSubnetGroupIdentifier: { Ref: 'ReplicateOrdersSubnetGroup' },
      VpcSecurityGroupIds: [groupId('ReplicateOrdersSecurityGroup'), groupId('OrdersClientSecurityGroup')],
      Tags: tags('Orders'),
    });
    expect(template.Resources.ReplicateOrdersSubnetGroup?.Properties).toMatchObject({ SubnetIds: { Ref: 'SubnetIds' } });
    expect(notesOf(template)).toContain('dms-vpc-role');
  });

  it('replicates the selected tables between endpoints whose credentials come from secrets', () => {
    const task = template.Resources.ReplicateOrders?.Properties as Record<string, unknown>;
    expect({ ...task, TableMappings: JSON.parse(task.TableMappings as string) as unknown }).toEqual({
      MigrationType: 'full-load-and-cdc',
      TableMappings: { rules: [{ 'rule-type': 'selection', 'rule-id': '1', 'rule-name': '1', 'object-locator': { 'schema-name': '%', 'table-name': '%' }, 'rule-action': 'include' }] },
      ReplicationInstanceArn: { Ref: 'ReplicateOrdersInstance' },
      SourceEndpointArn: { Ref: 'ReplicateOrdersSource' },
      TargetEndpointArn: { Ref: 'ReplicateOrdersTarget' },
      Tags: tags('Orders'),
    });
    const secrets = (side: string) => ({ SecretsManagerSecretId: { Ref: `ReplicateOrders${side}CredentialsArn` }, SecretsManagerAccessRoleArn: arn(`ReplicateOrders${side}SecretRole`) });
    expect(template.Resources.ReplicateOrdersSource?.Properties).toEqual({ EndpointType: 'source', EngineName: 'mysql', MySqlSettings: secrets('Source'), Tags: tags('Orders') });
    expect(template.Resources.ReplicateOrdersTarget?.Properties).toEqual({
      EndpointType: 'target',
      EngineName: 'postgres',
      DatabaseName: { Ref: 'ReplicateOrdersTargetDatabaseName' },
      PostgreSqlSettings: secrets('Target'),
      Tags: tags('Orders'),
    });
    const role = template.Resources.ReplicateOrdersSourceSecretRole;
    expect(role?.Properties.AssumeRolePolicyDocument).toEqual(trust(sub('dms.${AWS::Region}.amazonaws.com')));
    expect(statementsOf(role)).toEqual([{ Effect: 'Allow', Action: ['secretsmanager:GetSecretValue'], Resource: [{ Ref: 'ReplicateOrdersSourceCredentialsArn' }] }]);
    expect(JSON.stringify(template)).not.toMatch(/"(Password|Username|ServerName)"/);
  });

  it('writes S3 targets with the bucket’s encryption, through a role of the S3 target actions', () => {
    const s3 = toCloudFormation(replicateInto('s3-bucket', { target: { encryption: 'SSE-KMS' } }));
    expect(s3.Resources.ReplicateOrdersTarget?.Properties).toMatchObject({ EngineName: 's3', S3Settings: { BucketName: { Ref: 'OrdersCopy' }, EncryptionMode: 'SSE_KMS', ServiceAccessRoleArn: arn('ReplicateOrdersTargetRole') } });
    expect(s3.Resources.ReplicateOrdersTargetRole?.Properties.AssumeRolePolicyDocument).toEqual(trust('dms.amazonaws.com'));
    expect(statementsOf(s3.Resources.ReplicateOrdersTargetRole)).toEqual([
      { Effect: 'Allow', Action: BUCKET_WRITE, Resource: [arn('OrdersCopy')] },
      { Effect: 'Allow', Action: ['s3:AbortMultipartUpload', 's3:DeleteObject', 's3:PutObject', 's3:PutObjectTagging'], Resource: [objects('OrdersCopy')] },
    ]);
  });

  it('writes Kinesis, DynamoDB and OpenSearch targets through roles of their target actions', () => {
    const kinesis = toCloudFormation(replicateInto('kinesis-data-stream'));
    expect(kinesis.Resources.ReplicateOrdersTarget?.Properties).toMatchObject({ EngineName: 'kinesis', KinesisSettings: { StreamArn: arn('OrdersCopy'), MessageFormat: 'json' } });
    expect(statementsOf(kinesis.Resources.ReplicateOrdersTargetRole)).toEqual([
      { Effect: 'Allow', Action: ['kinesis:DescribeStream', 'kinesis:DescribeStreamSummary', 'kinesis:PutRecord', 'kinesis:PutRecords'], Resource: [arn('OrdersCopy')] },
    ]);
    const dynamodb = toCloudFormation(replicateInto('dynamodb-table'));
    expect(statementsOf(dynamodb.Resources.ReplicateOrdersTargetRole)).toEqual([
      { Effect: 'Allow', Action: ['dynamodb:BatchWriteItem', 'dynamodb:DeleteItem', 'dynamodb:DescribeTable', 'dynamodb:PutItem', 'dynamodb:UpdateItem'], Resource: [arn('OrdersCopy')] },
      {
        Effect: 'Allow',
        Action: ['dynamodb:CreateTable', 'dynamodb:DeleteItem', 'dynamodb:DescribeTable', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
        Resource: [sub('arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/awsdms_*')],
      },
      { Effect: 'Allow', Action: ['dynamodb:ListTables'], Resource: ['*'] },
    ]);
    expect(notesOf(dynamodb)).toContain('add an object-mapping rule');
    const search = toCloudFormation(replicateInto('opensearch'));
    expect(search.Resources.ReplicateOrdersTarget?.Properties).toMatchObject({ EngineName: 'opensearch', ElasticsearchSettings: { EndpointUri: sub('https://${OrdersCopy.DomainEndpoint}') } });
    expect(search.Resources.ReplicateOrdersInstance?.Properties.VpcSecurityGroupIds).toContainEqual(groupId('OrdersCopyClientSecurityGroup'));
    expect(statementsOf(search.Resources.ReplicateOrdersTargetRole)).toEqual([
      { Effect: 'Allow', Action: ['es:ESHttpDelete', 'es:ESHttpGet', 'es:ESHttpHead', 'es:ESHttpPost', 'es:ESHttpPut'], Resource: [arn('OrdersCopy'), objects('OrdersCopy')] },
    ]);
  });

  it('reaches Redshift and engines with a database name through their secret settings', () => {
    const redshift = toCloudFormation(replicateInto('redshift', { source: { engine: 'SAP ASE' } }));
    expect(redshift.Resources.ReplicateOrdersTarget?.Properties).toMatchObject({ EngineName: 'redshift', DatabaseName: { Ref: 'ReplicateOrdersTargetDatabaseName' }, RedshiftSettings: { SecretsManagerSecretId: { Ref: 'ReplicateOrdersTargetCredentialsArn' } } });
    expect(redshift.Resources.ReplicateOrdersSource?.Properties).toMatchObject({ EngineName: 'sybase', SybaseSettings: {} });
    expect(notesOf(redshift)).toContain('dms-access-for-endpoint');
  });

  it.each<[string, Partial<ConfigOf<'dms'>>]>([
    ['defaults', {}],
    ['CDC with several rules', { migrationType: 'cdc', tableMappings: [{ action: 'include', schemaName: 'sales', tableName: '%' }, { action: 'exclude', schemaName: 'sales', tableName: 'tmp_%' }] }],
  ])('reads its settings back (%s)', (_name, dms) => {
    const { read, expected, refused } = readBack(replicateInto('s3-bucket', { dms }), 'dms', ['migrationType', 'tableMappings']);
    expect(read).toEqual(expected);
    expect(refused).toEqual([]);
  });
});
