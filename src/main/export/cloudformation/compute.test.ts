import { describe, expect, it } from 'vitest';
import type { ConfigOf } from '../../../shared/catalog/registry';
import { vpcNetworkInterfaces } from '../iam/grants';
import { toCloudFormation } from './index';
import { batchJob, DATA_SERVICES_VARIANTS, sagemakerEndpoint, sagemakerTraining, sparkCluster } from './testing/data-services-fixtures';
import { readBack, statementsOf } from './testing/read-back';

const arn = (id: string) => ({ 'Fn::GetAtt': [id, 'Arn'] });
const objects = (id: string) => ({ 'Fn::Sub': `\${${id}.Arn}/*` });
const groupId = (id: string) => ({ 'Fn::GetAtt': [id, 'GroupId'] });
const sub = (text: string) => ({ 'Fn::Sub': text });
const firstSubnet = { 'Fn::Select': [0, { Ref: 'SubnetIds' }] };
const tags = (pipeline: string) => [
  { Key: 'pipewright:pipeline', Value: pipeline },
  { Key: 'pipewright:environment', Value: { Ref: 'Environment' } },
];
const tagMap = (pipeline: string) => ({ 'pipewright:pipeline': pipeline, 'pipewright:environment': { Ref: 'Environment' } });
const read = (bucket: string) => [
  { Effect: 'Allow', Action: ['s3:GetBucketLocation', 's3:ListBucket'], Resource: [arn(bucket)] },
  { Effect: 'Allow', Action: ['s3:GetObject'], Resource: [objects(bucket)] },
];
const write = (bucket: string, extra: string[] = []) => [
  { Effect: 'Allow', Action: ['s3:GetBucketLocation', 's3:ListBucket', 's3:ListBucketMultipartUploads'], Resource: [arn(bucket)] },
  { Effect: 'Allow', Action: ['s3:AbortMultipartUpload', ...extra, 's3:PutObject'], Resource: [objects(bucket)] },
];
const trust = (service: string, condition = true) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: ['sts:AssumeRole'], ...(condition ? { Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } } } : {}) }],
});
const notesOf = (template: ReturnType<typeof toCloudFormation>) => JSON.stringify(template.Metadata ?? {});

describe('emr-cluster → AWS::EMR::Cluster, its roles and instance profile', () => {
  const pipeline = DATA_SERVICES_VARIANTS['EMR with steps, HA primary, Spot task nodes']!();
  const template = toCloudFormation(pipeline);

  it('runs the release, applications, instance groups and steps in the first subnet, logging to the bucket it writes', () => {
    expect(template.Resources.Sessionize?.Properties).toEqual({
      Name: 'Sessionize',
      ReleaseLabel: 'emr-7.5.0',
      Applications: [{ Name: 'Hadoop' }, { Name: 'Spark' }, { Name: 'Hive' }],
      Instances: {
        MasterInstanceGroup: { Name: 'Primary', InstanceType: 'm5.xlarge', InstanceCount: 3, Market: 'ON_DEMAND' },
        CoreInstanceGroup: { Name: 'Core', InstanceType: 'm5.xlarge', InstanceCount: 2, Market: 'ON_DEMAND' },
        TaskInstanceGroups: [{ Name: 'Task', InstanceType: 'm5.xlarge', InstanceCount: 4, Market: 'SPOT' }],
        Ec2SubnetId: firstSubnet,
        KeepJobFlowAliveWhenNoSteps: false,
      },
      Steps: [
        {
          Name: 'Sessionize',
          ActionOnFailure: 'CANCEL_AND_WAIT',
          HadoopJarStep: { Jar: 'command-runner.jar', Args: ['spark-submit', 's3://example-code/sessionize.py', '--day', '2024-01-01'] },
        },
        { Name: 'Report', ActionOnFailure: 'CONTINUE', HadoopJarStep: { Jar: 'command-runner.jar', Args: ['hive-script', '--run-hive-script', '--args', '-f', 's3://example-code/report.q'] } },
        { Name: 'Export', ActionOnFailure: 'TERMINATE_CLUSTER', HadoopJarStep: { Jar: 's3://example-code/export.jar', Args: ['out'] } },
      ],
      StepConcurrencyLevel: 2,
      Configurations: ['hive-site', 'spark-hive-site'].map((Classification) => ({
        Classification,
        ConfigurationProperties: { 'hive.metastore.client.factory.class': 'com.amazonaws.glue.catalog.metastore.AWSGlueDataCatalogHiveClientFactory' },
      })),
      LogUri: sub('s3://${Curated}/emr-logs/'),
      JobFlowRole: { Ref: 'SessionizeInstanceProfile' },
      ServiceRole: { Ref: 'SessionizeServiceRole' },
      Tags: tags('Spark'),
    });
    expect(template.Resources.SessionizeInstanceProfile?.Properties).toEqual({ Roles: [{ Ref: 'SessionizeInstanceRole' }] });
  });

  it('grants the nodes exactly their buckets, tables (with the table key) and metastore', () => {
    const role = template.Resources.SessionizeInstanceRole;
    expect(role?.Properties.AssumeRolePolicyDocument).toEqual(trust('ec2.amazonaws.com', false));
    const glue = (resource: string) => ({ 'Fn::Sub': [`arn:\${AWS::Partition}:glue:\${AWS::Region}:\${AWS::AccountId}:${resource}`, { Db: { Ref: 'LakeCatalog' } }] });
    expect(statementsOf(role)).toEqual([
      ...read('Raw'),
      ...write('Curated', ['s3:DeleteObject']),
      { Effect: 'Allow', Action: ['dynamodb:BatchGetItem', 'dynamodb:ConditionCheckItem', 'dynamodb:DescribeTable', 'dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:Scan'], Resource: [arn('Profiles'), sub('${Profiles.Arn}/index/*')] },
      { Effect: 'Allow', Action: ['kms:Decrypt'], Resource: [arn('ProfilesKey')], Condition: { StringEquals: { 'kms:ViaService': sub('dynamodb.${AWS::Region}.${AWS::URLSuffix}') } } },
      { Effect: 'Allow', Action: ['dynamodb:BatchWriteItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'], Resource: [arn('Scores')] },
      {
        Effect: 'Allow',
        Action: ['glue:BatchCreatePartition', 'glue:BatchGetPartition', 'glue:BatchUpdatePartition', 'glue:CreatePartition', 'glue:CreateTable', 'glue:GetDatabase', 'glue:GetPartition', 'glue:GetPartitions', 'glue:GetTable', 'glue:GetTables', 'glue:UpdatePartition', 'glue:UpdateTable'],
        Resource: [sub('arn:${AWS::Partition}:glue:${AWS::Region}:${AWS::AccountId}:catalog'), glue('database/${Db}'), glue('table/${Db}/*')],
      },
    ]);
  });

  it('gives the service role the v2 managed policy and passing the instance role to EC2 only', () => {
    const role = template.Resources.SessionizeServiceRole;
    expect(role?.Properties.AssumeRolePolicyDocument).toEqual(trust('elasticmapreduce.amazonaws.com'));
    expect(role?.Properties.ManagedPolicyArns).toEqual([sub('arn:${AWS::Partition}:iam::aws:policy/service-role/AmazonEMRServicePolicy_v2')]);
    expect(statementsOf(role)).toEqual([
      { Effect: 'Allow', Action: ['iam:PassRole'], Resource: [arn('SessionizeInstanceRole')], Condition: { StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } } },
    ]);
    expect(notesOf(template)).toContain('tag the subnet the cluster runs in');
  });

  it('keeps a single-node, long-running cluster with a retained log bucket of its own', () => {
    const alone = toCloudFormation(DATA_SERVICES_VARIANTS['EMR single node, long-running, own log bucket']!());
    const props = alone.Resources.Notebook?.Properties as Record<string, Record<string, unknown>>;
    expect(props.Instances).not.toHaveProperty('CoreInstanceGroup');
    expect(props.Instances).not.toHaveProperty('TaskInstanceGroups');
    expect(props.Instances?.KeepJobFlowAliveWhenNoSteps).toBe(true);
    expect(props).not.toHaveProperty('Steps');
    expect(props).not.toHaveProperty('Configurations');
    expect(props.LogUri).toEqual(sub('s3://${NotebookLogs}/emr-logs/'));
    expect(alone.Resources.NotebookLogs).toMatchObject({ Type: 'AWS::S3::Bucket', DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
    expect(statementsOf(alone.Resources.NotebookInstanceRole)).toEqual(write('NotebookLogs'));
  });

  it('reads its settings back from the template', () => {
    const keys = ['releaseLabel', 'applications', 'primaryInstanceType', 'primaryNodeCount', 'coreInstanceType', 'coreInstanceCount', 'taskInstanceCount', 'taskMarket', 'steps', 'stepConcurrency', 'terminateAfterSteps'];
    for (const variant of ['EMR with steps, HA primary, Spot task nodes', 'EMR single node, long-running, own log bucket']) {
      const pipeline = DATA_SERVICES_VARIANTS[variant]!();
      const { read: back, expected, refused } = readBack(pipeline, 'emr', keys);
      expect(back).toEqual(expected);
      expect(refused).toEqual([]);
    }
    const other = readBack(sparkCluster({ releaseLabel: 'emr-6.15.0', applications: ['Hadoop', 'Pig', 'Trino'], taskMarket: 'ON_DEMAND', taskInstanceCount: 1, steps: [{ name: 'p', type: 'Pig', script: 's3://x/p.pig', actionOnFailure: 'CONTINUE' }] }), 'emr', keys);
    expect(other.read).toEqual(other.expected);
  });
});

describe('batch-job → AWS::Batch::JobDefinition, its queue and compute environment', () => {
  const template = toCloudFormation(DATA_SERVICES_VARIANTS['Batch on Fargate through an endpoint']!());

  it('defines a Fargate container job from the image parameter, with its roles, attempts and timeout', () => {
    expect(template.Resources.MakeThumbnails?.Properties).toEqual({
      Type: 'container',
      PlatformCapabilities: ['FARGATE'],
      ContainerProperties: {
        Image: { Ref: 'MakeThumbnailsImage' },
        ResourceRequirements: [
          { Type: 'VCPU', Value: '0.5' },
          { Type: 'MEMORY', Value: '1024' },
        ],
        JobRoleArn: arn('MakeThumbnailsJobRole'),
        ExecutionRoleArn: arn('MakeThumbnailsExecutionRole'),
        NetworkConfiguration: { AssignPublicIp: 'DISABLED' },
      },
      RetryStrategy: { Attempts: 1 },
      Timeout: { AttemptDurationSeconds: 3_600 },
      PropagateTags: true,
      Tags: tagMap('Thumbnails'),
    });
    expect(template.Parameters?.MakeThumbnailsImage).toMatchObject({ Default: 'public.ecr.aws/docker/library/python:3.13' });
    expect(template.Parameters?.MakeThumbnailsMaxvCpus).toMatchObject({ Type: 'Number', Default: 1, MinValue: 1 });
  });

  it('queues it on a managed Fargate environment in the pipeline subnets', () => {
    expect(template.Resources.MakeThumbnailsComputeEnvironment?.Properties).toEqual({
      Type: 'MANAGED',
      State: 'ENABLED',
      ComputeResources: { Type: 'FARGATE', MaxvCpus: { Ref: 'MakeThumbnailsMaxvCpus' }, Subnets: { Ref: 'SubnetIds' }, SecurityGroupIds: [groupId('MakeThumbnailsSecurityGroup')] },
      Tags: tagMap('Thumbnails'),
    });
    expect(template.Resources.MakeThumbnailsJobQueue?.Properties).toEqual({
      Priority: 1,
      State: 'ENABLED',
      ComputeEnvironmentOrder: [{ Order: 1, ComputeEnvironment: { Ref: 'MakeThumbnailsComputeEnvironment' } }],
      Tags: tagMap('Thumbnails'),
    });
  });

  it('grants the job role its input bucket and the bucket behind the endpoint, and nothing else', () => {
    expect(template.Resources.MakeThumbnailsJobRole?.Properties.AssumeRolePolicyDocument).toEqual(trust('ecs-tasks.amazonaws.com'));
    expect(statementsOf(template.Resources.MakeThumbnailsJobRole)).toEqual([...read('Raw'), ...write('Curated')]);
    expect(template.Resources.MakeThumbnailsExecutionRole?.Properties.ManagedPolicyArns).toEqual([sub('arn:${AWS::Partition}:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy')]);
    expect(statementsOf(template.Resources.MakeThumbnailsExecutionRole)).toEqual([]);
  });

  it('runs EC2 and Spot jobs on container instances of their own, without an execution role', () => {
    const spot = toCloudFormation(batchJob({ computeEnvironment: 'SPOT', vcpus: 4, memoryMiB: 8_192 }));
    expect(spot.Resources.MakeThumbnailsComputeEnvironment?.Properties.ComputeResources).toMatchObject({
      Type: 'SPOT',
      MinvCpus: 0,
      InstanceTypes: ['optimal'],
      InstanceRole: arn('MakeThumbnailsInstanceProfile'),
      AllocationStrategy: 'SPOT_CAPACITY_OPTIMIZED',
    });
    expect(spot.Resources.MakeThumbnailsInstanceRole?.Properties.AssumeRolePolicyDocument).toEqual(trust('ec2.amazonaws.com', false));
    expect(spot.Resources.MakeThumbnailsInstanceRole?.Properties.ManagedPolicyArns).toEqual([sub('arn:${AWS::Partition}:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role')]);
    expect(spot.Resources).not.toHaveProperty('MakeThumbnailsExecutionRole');
    expect(spot.Resources.MakeThumbnails?.Properties).toMatchObject({ PlatformCapabilities: ['EC2'] });
    expect(spot.Parameters?.MakeThumbnailsMaxvCpus).toMatchObject({ Default: 4 });
  });

  it.each([
    ['Fargate', { vcpus: 0.5, memoryMiB: 1_024, retryAttempts: 2, timeoutSeconds: 900 }],
    ['EC2', { computeEnvironment: 'EC2', image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/thumbs:1', vcpus: 2, memoryMiB: 3_000 }],
  ] as const)('reads its settings back (%s)', (_name, options: Partial<ConfigOf<'batch-job'>>) => {
    const { read: back, expected, refused } = readBack(batchJob(options), 'job', ['computeEnvironment', 'image', 'vcpus', 'memoryMiB', 'retryAttempts', 'timeoutSeconds']);
    expect(back).toEqual(expected);
    expect(refused).toEqual([]);
  });
});

describe('sagemaker → its execution role, and a model (and endpoint) when it serves one', () => {
  const template = toCloudFormation(DATA_SERVICES_VARIANTS['SageMaker endpoint in a VPC, network isolation']!());

  it('serves the model from an endpoint on its instances, encrypted with its key, in the VPC', () => {
    expect(template.Resources.DetectObjects?.Properties).toEqual({
      ExecutionRoleArn: arn('DetectObjectsExecutionRole'),
      PrimaryContainer: { Image: { Ref: 'DetectObjectsImage' }, ModelDataUrl: { Ref: 'DetectObjectsModelDataUrl' } },
      EnableNetworkIsolation: true,
      VpcConfig: { Subnets: { Ref: 'SubnetIds' }, SecurityGroupIds: [groupId('DetectObjectsSecurityGroup')] },
      Tags: tags('Detector'),
    });
    expect(template.Resources.DetectObjectsEndpointConfig?.Properties).toEqual({
      ProductionVariants: [{ VariantName: 'AllTraffic', ModelName: { 'Fn::GetAtt': ['DetectObjects', 'ModelName'] }, InstanceType: 'ml.m5.xlarge', InitialInstanceCount: 2, InitialVariantWeight: 1 }],
      KmsKeyId: arn('ModelKey'),
      Tags: tags('Detector'),
    });
    expect(template.Resources.DetectObjectsEndpoint?.Properties).toEqual({ EndpointConfigName: { 'Fn::GetAtt': ['DetectObjectsEndpointConfig', 'EndpointConfigName'] }, Tags: tags('Detector') });
  });

  it('grants the execution role its bucket, image, logs, metrics, network interfaces and key', () => {
    const role = template.Resources.DetectObjectsExecutionRole;
    expect(role?.Properties.AssumeRolePolicyDocument).toEqual(trust('sagemaker.amazonaws.com'));
    const statements = statementsOf(role);
    expect(statements.slice(0, 6)).toEqual([
      ...read('Models'),
      { Effect: 'Allow', Action: ['ecr:BatchCheckLayerAvailability', 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'], Resource: [sub('arn:${AWS::Partition}:ecr:${AWS::Region}:${AWS::AccountId}:repository/*')] },
      { Effect: 'Allow', Action: ['ec2:DescribeDhcpOptions', 'ecr:GetAuthorizationToken'], Resource: ['*'] },
      { Effect: 'Allow', Action: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:DescribeLogStreams', 'logs:PutLogEvents'], Resource: [sub('arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:/aws/sagemaker/*')] },
      { Effect: 'Allow', Action: ['cloudwatch:PutMetricData'], Resource: ['*'], Condition: { StringLike: { 'cloudwatch:namespace': '/aws/sagemaker/*' } } },
    ]);
    // The shared VPC grant (its own test covers it), then the interface permissions SageMaker also needs.
    for (const shared of vpcNetworkInterfaces()) expect(statements).toContainEqual(expect.objectContaining({ Resource: shared.Resource }));
    expect(statements.at(-2)).toEqual({ Effect: 'Allow', Action: ['ec2:DeleteNetworkInterfacePermission'], Resource: [sub('arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:network-interface/*')] });
    expect(statements.at(-1)).toEqual({ Effect: 'Allow', Action: ['kms:CreateGrant', 'kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey'], Resource: [arn('ModelKey')] });
    expect(statements.flatMap((s) => s.Action).filter((a) => a.endsWith('*'))).toEqual([]);
  });

  it('gives the application between the video stream and the detections a managed policy for exactly that', () => {
    expect(statementsOf(template.Resources.DetectObjectsInferencePolicy)).toEqual([
      { Effect: 'Allow', Action: ['kinesisvideo:GetDataEndpoint', 'kinesisvideo:GetMedia'], Resource: [arn('Cameras')] },
      { Effect: 'Allow', Action: ['sagemaker:InvokeEndpoint'], Resource: [{ Ref: 'DetectObjectsEndpoint' }] },
      { Effect: 'Allow', Action: ['kinesis:DescribeStreamSummary', 'kinesis:PutRecord', 'kinesis:PutRecords'], Resource: [arn('Detections')] },
    ]);
  });

  it('leaves the key off instance types with local storage, and says so', () => {
    const g5 = toCloudFormation(sagemakerEndpoint({ instanceType: 'ml.g5.xlarge' }));
    expect(g5.Resources.DetectObjectsEndpointConfig?.Properties).not.toHaveProperty('KmsKeyId');
    expect(notesOf(g5)).toContain('ml.g5.xlarge has local NVMe storage');
  });

  it('exports a training job as its role named <id>ExecutionRole, reaching its buckets through the endpoint', () => {
    const training = toCloudFormation(sagemakerTraining({ workload: { mode: 'training', maxRuntimeSeconds: 7_200, managedSpot: true } }));
    expect(Object.values(training.Resources).map((r) => r.Type)).not.toContain('AWS::SageMaker::Model');
    expect(statementsOf(training.Resources.TrainModelExecutionRole).slice(0, 4)).toEqual([...read('TrainingData'), ...write('Models')]);
    expect(training.Outputs?.TrainModelSecurityGroupId?.Value).toEqual(groupId('TrainModelSecurityGroup'));
    expect(notesOf(training)).toContain('a SageMaker training job (at most 7200 s, managed Spot) is not a CloudFormation resource');
  });

  it('exports a batch transform as the model alone', () => {
    const transform = toCloudFormation(sagemakerEndpoint({ workload: { mode: 'batch-transform' } }));
    expect(transform.Resources.DetectObjects?.Type).toBe('AWS::SageMaker::Model');
    expect(transform.Resources).not.toHaveProperty('DetectObjectsEndpointConfig');
    expect(transform.Resources).not.toHaveProperty('DetectObjectsInferencePolicy');
    expect(notesOf(transform)).toContain('as a batch-transform job they are not wired');
  });

  it.each([
    ['endpoint', { vpc: true, networkIsolation: true, instanceCount: 2, instanceType: 'ml.c5.2xlarge' }],
    ['batch transform', { workload: { mode: 'batch-transform' } }],
  ] as const)('reads its settings back (%s)', (name, options: Partial<ConfigOf<'sagemaker'>>) => {
    // A transform's instances are the job's, not the model's.
    const keys = ['workload', 'vpc', 'networkIsolation', ...(name === 'endpoint' ? ['instanceType', 'instanceCount'] : [])];
    const { read: back, expected, refused } = readBack(sagemakerEndpoint(options), 'sm', keys);
    expect(back).toEqual(expected);
    expect(refused).toEqual([]);
  });
});
