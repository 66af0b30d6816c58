import { describe, expect, it, vi } from 'vitest';
import { everyIntegrationPipeline, nightlyPipeline } from '../../../../test/fixtures/workflows';
import { mergeStatements } from '../iam/grants';
import { userRetriers } from './integrations';
import { machine as build } from './testing/asl';

// The builder is tested as if every started kind were exported: which kinds other mappers cover yet is not its concern.
vi.mock('../cloudformation/references', async (importOriginal) => ({ ...(await importOriginal<typeof import('../cloudformation/references')>()), exportsResource: () => true }));

const EXPRESS = { type: 'EXPRESS', timeoutSeconds: 300, invocation: 'asynchronous' } as const;
const sub = (text: string) => ({ 'Fn::Sub': text });
const account = (service: string, resource: string) => sub(`arn:\${AWS::Partition}:${service}:\${AWS::Region}:\${AWS::AccountId}:${resource}`);
const syncRule = (name: string) => ({ Effect: 'Allow', Action: ['events:DescribeRule', 'events:PutRule', 'events:PutTargets'], Resource: [account('events', `rule/${name}`)] });

describe('the ASL of each integration', () => {
  const standard = build(everyIntegrationPipeline(), 'Everything');
  const states = standard.definition.States;

  it('runs every started node in edge order, then the settings’ final state', () => {
    expect(standard.definition.StartAt).toBe('Raw to Parquet');
    expect(Object.keys(states)).toEqual([
      'Raw to Parquet',
      'Raw crawler',
      'Raw crawler: wait',
      'Raw crawler: check',
      'Raw crawler: finished?',
      'Raw crawler: crawl failed',
      'Nightly report',
      'Notify',
      'Spark cluster',
      'Spark cluster: Aggregate',
      'Churn model',
      'Child',
      'Orders replication',
      'Share copy',
      'All done',
      'Step failed',
    ]);
    expect(standard.definition.TimeoutSeconds).toBe(86_400);
  });

  it('uses the optimized integrations, with .sync where AWS offers Run a Job', () => {
    const resources = Object.fromEntries(Object.entries(states).filter(([, s]) => s.Type === 'Task').map(([name, s]) => [name, s.Resource]));
    expect(resources).toEqual({
      'Raw to Parquet': 'arn:aws:states:::glue:startJobRun.sync',
      'Raw crawler': 'arn:aws:states:::aws-sdk:glue:startCrawler',
      'Raw crawler: check': 'arn:aws:states:::aws-sdk:glue:getCrawler',
      'Nightly report': 'arn:aws:states:::batch:submitJob.sync',
      Notify: 'arn:aws:states:::lambda:invoke',
      'Spark cluster': 'arn:aws:states:::elasticmapreduce:addStep.sync',
      'Spark cluster: Aggregate': 'arn:aws:states:::elasticmapreduce:addStep.sync',
      'Churn model': 'arn:aws:states:::sagemaker:createTrainingJob.sync',
      Child: 'arn:aws:states:::states:startExecution.sync:2',
      'Orders replication': 'arn:aws:states:::aws-sdk:databasemigration:startReplicationTask',
      'Share copy': 'arn:aws:states:::aws-sdk:datasync:startTaskExecution',
    });
  });

  it('names what it starts by placeholders, each standing for a Ref or GetAtt of the started resource', () => {
    expect(states['Raw to Parquet']!.Parameters).toEqual({ JobName: '${RawToParquetJobName}' });
    expect(states['Nightly report']!.Parameters).toEqual({ JobName: 'NightlyReport', JobDefinition: '${NightlyReportJobDefinition}', JobQueue: '${NightlyReportJobQueue}' });
    expect(states.Notify).toMatchObject({ Parameters: { FunctionName: '${NotifyArn}', 'Payload.$': '$' }, OutputPath: '$.Payload' });
    expect(states.Child!.Parameters).toEqual({ StateMachineArn: '${ChildArn}', Input: { 'input.$': '$', 'AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID.$': '$$.Execution.Id' } });
    expect(states['Spark cluster']!.Parameters).toEqual({
      ClusterId: '${SparkClusterClusterId}',
      Step: { Name: 'Sessionize', ActionOnFailure: 'CONTINUE', HadoopJarStep: { Jar: 'command-runner.jar', Args: ['spark-submit', 's3://jobs/sessionize.py', '--day', 'today'] } },
    });
    expect(states['Spark cluster: Aggregate']!.Parameters).toMatchObject({
      Step: { Name: 'Aggregate', ActionOnFailure: 'CANCEL_AND_WAIT', HadoopJarStep: { Args: ['hive-script', '--run-hive-script', '--args', '-f', 's3://jobs/aggregate.q'] } },
    });
    expect(states['Churn model']!.Parameters).toEqual({
      'TrainingJobName.$': "States.Format('churnmodel-{}', States.UUID())",
      AlgorithmSpecification: { TrainingImage: '${ChurnModelTrainingImage}', TrainingInputMode: 'File' },
      RoleArn: '${ChurnModelExecutionRoleArn}',
      OutputDataConfig: { S3OutputPath: 's3://${ModelsName}/ChurnModel/', KmsKeyId: '${ChurnModelKmsKeyArn}' },
      ResourceConfig: { InstanceType: 'ml.m5.xlarge', InstanceCount: 1, VolumeSizeInGB: 30, VolumeKmsKeyId: '${ChurnModelKmsKeyArn}' },
      StoppingCondition: { MaxRuntimeInSeconds: 7_200, MaxWaitTimeInSeconds: 7_200 },
      InputDataConfig: [{ ChannelName: 'RawZone', DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: 's3://${RawZoneName}/', S3DataDistributionType: 'FullyReplicated' } } }],
      EnableManagedSpotTraining: true,
      VpcConfig: { 'Subnets.$': "States.StringSplit('${ChurnModelSubnetIds}', ',')", 'SecurityGroupIds.$': "States.Array('${ChurnModelSecurityGroupId}')" },
    });
    expect(standard.substitutions).toEqual({
      RawToParquetJobName: { Ref: 'RawToParquet' },
      RawCrawlerCrawlerName: { Ref: 'RawCrawler' },
      NightlyReportJobDefinition: { Ref: 'NightlyReport' },
      NightlyReportJobQueue: { Ref: 'NightlyReportJobQueue' },
      NotifyArn: { 'Fn::GetAtt': ['Notify', 'Arn'] },
      SparkClusterClusterId: { Ref: 'SparkCluster' },
      ChurnModelTrainingImage: { Ref: 'ChurnModelTrainingImage' },
      ChurnModelExecutionRoleArn: { 'Fn::GetAtt': ['ChurnModelExecutionRole', 'Arn'] },
      ChurnModelKmsKeyArn: { 'Fn::GetAtt': ['TrainingKey', 'Arn'] },
      ChurnModelSubnetIds: { 'Fn::Join': [',', { Ref: 'SubnetIds' }] },
      ChurnModelSecurityGroupId: { 'Fn::GetAtt': ['ChurnModelSecurityGroup', 'GroupId'] },
      ModelsName: { Ref: 'Models' },
      RawZoneName: { Ref: 'RawZone' },
      ChildArn: { Ref: 'Child' },
      OrdersReplicationTaskArn: { Ref: 'OrdersReplication' },
      ShareCopyTaskArn: { Ref: 'ShareCopy' },
    });
    expect(Object.keys(standard.parameters)).toEqual(['ChurnModelTrainingImage']);
  });

  it('waits for a crawler by polling GetCrawler, since crawlers have no .sync', () => {
    expect(states['Raw crawler']!.Next).toBe('Raw crawler: wait');
    expect(states['Raw crawler: wait']).toMatchObject({ Type: 'Wait', Seconds: 60, Next: 'Raw crawler: check' });
    expect(states['Raw crawler: check']).toMatchObject({ Parameters: { Name: '${RawCrawlerCrawlerName}' }, ResultPath: '$.crawl', Next: 'Raw crawler: finished?' });
    expect(states['Raw crawler: finished?']).toMatchObject({
      Type: 'Choice',
      Choices: [
        { Not: { Variable: '$.crawl.Crawler.State', StringEquals: 'READY' }, Next: 'Raw crawler: wait' },
        { Variable: '$.crawl.Crawler.LastCrawl.Status', StringEquals: 'SUCCEEDED', Next: 'Nightly report' },
      ],
      Default: 'Raw crawler: crawl failed',
    });
    expect(states['Raw crawler: crawl failed']).toMatchObject({ Type: 'Fail', Error: 'Glue.CrawlFailed' });
  });

  it('retries service exceptions with backoff, then the settings’ retriers, and catches the rest into one Fail state', () => {
    for (const [name, state] of Object.entries(states)) {
      if (state.Type !== 'Task') continue;
      const [service] = state.Retry as { ErrorEquals: string[]; IntervalSeconds: number; BackoffRate: number }[];
      expect(service!.ErrorEquals.length, name).toBeGreaterThan(0);
      expect(service!.ErrorEquals.every((e) => /^[A-Z][A-Za-z]+\.[A-Z]\w+$/.test(e)), name).toBe(true);
      expect(service!.BackoffRate, name).toBe(2);
      expect(state.Catch, name).toEqual([{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Step failed' }]);
    }
    expect(states['Step failed']).toEqual({ Type: 'Fail', Comment: 'Added by Pipewright: a step failed after its retries', ErrorPath: '$.error.Error', CausePath: '$.error.Cause' });
    const nightly = build(nightlyPipeline(), 'NightlyWorkflow').definition.States;
    expect(nightly['Transform to Parquet']!.Retry).toEqual([
      { ErrorEquals: ['Glue.InternalServiceException', 'Glue.OperationTimeoutException'], IntervalSeconds: 2, MaxAttempts: 6, BackoffRate: 2 },
      { ErrorEquals: ['States.ALL'], IntervalSeconds: 30, MaxAttempts: 2, BackoffRate: 2 },
    ]);
  });

  it('puts "States.ALL" alone in the last retrier, as the States Language requires', () => {
    const retry = (errorEquals: string[], maxAttempts: number) => ({ errorEquals, intervalSeconds: 5, maxAttempts, backoffRate: 2 });
    expect(userRetriers([retry(['States.ALL', 'Glue.X'], 1), retry(['Glue.Y'], 2), retry(['States.ALL'], 3)])).toEqual([
      { ErrorEquals: ['Glue.X'], IntervalSeconds: 5, MaxAttempts: 1, BackoffRate: 2 },
      { ErrorEquals: ['Glue.Y'], IntervalSeconds: 5, MaxAttempts: 2, BackoffRate: 2 },
      { ErrorEquals: ['States.ALL'], IntervalSeconds: 5, MaxAttempts: 1, BackoffRate: 2 },
    ]);
  });

  it('grants the role exactly the calls of its tasks, on the started resources', () => {
    expect(mergeStatements(standard.grants)).toEqual([
      { Effect: 'Allow', Action: ['glue:BatchStopJobRun', 'glue:GetJobRun', 'glue:GetJobRuns', 'glue:StartJobRun'], Resource: [account('glue', 'job/${RawToParquet}')] },
      { Effect: 'Allow', Action: ['glue:GetCrawler', 'glue:StartCrawler'], Resource: [account('glue', 'crawler/${RawCrawler}')] },
      { Effect: 'Allow', Action: ['batch:SubmitJob'], Resource: [{ Ref: 'NightlyReport' }, { Ref: 'NightlyReportJobQueue' }] },
      { Effect: 'Allow', Action: ['batch:TerminateJob'], Resource: [account('batch', 'job/*')] },
      { Effect: 'Allow', Action: ['batch:DescribeJobs'], Resource: ['*'] },
      syncRule('StepFunctionsGetEventsForBatchJobsRule'),
      { Effect: 'Allow', Action: ['lambda:InvokeFunction'], Resource: [{ 'Fn::GetAtt': ['Notify', 'Arn'] }] },
      { Effect: 'Allow', Action: ['elasticmapreduce:AddJobFlowSteps', 'elasticmapreduce:CancelSteps', 'elasticmapreduce:DescribeStep'], Resource: [account('elasticmapreduce', 'cluster/${SparkCluster}')] },
      syncRule('StepFunctionsGetEventForEMRAddJobFlowStepsRule'),
      { Effect: 'Allow', Action: ['sagemaker:CreateTrainingJob', 'sagemaker:DescribeTrainingJob', 'sagemaker:ListTags', 'sagemaker:StopTrainingJob'], Resource: [account('sagemaker', 'training-job/churnmodel-*')] },
      { Effect: 'Allow', Action: ['iam:PassRole'], Resource: [{ 'Fn::GetAtt': ['ChurnModelExecutionRole', 'Arn'] }], Condition: { StringEquals: { 'iam:PassedToService': 'sagemaker.amazonaws.com' } } },
      syncRule('StepFunctionsGetEventsForSageMakerTrainingJobsRule'),
      { Effect: 'Allow', Action: ['states:StartExecution'], Resource: [{ Ref: 'Child' }] },
      { Effect: 'Allow', Action: ['states:DescribeExecution', 'states:StopExecution'], Resource: [account('states', 'execution:${Child.Name}:*')] },
      syncRule('StepFunctionsGetEventsForStepFunctionsExecutionRule'),
      { Effect: 'Allow', Action: ['dms:StartReplicationTask'], Resource: [{ Ref: 'OrdersReplication' }] },
      { Effect: 'Allow', Action: ['datasync:StartTaskExecution'], Resource: [{ Ref: 'ShareCopy' }] },
    ]);
  });

  it('notes what the settings leave unsaid: EMR steps run at creation too, the training image, SageMaker defaults, the DMS start type', () => {
    expect(standard.notes).toEqual([
      expect.stringContaining('"Spark cluster": the workflow adds the cluster\'s steps on each run; the cluster also runs them once'),
      expect.stringContaining('"Churn model": training jobs run the image of the template parameter ChurnModelTrainingImage, with 30 GB volumes'),
      expect.stringContaining('"Orders replication": the workflow starts the replication task with start-replication'),
    ]);
  });
});

describe('Express workflows', () => {
  const express = build(everyIntegrationPipeline({ workflow: EXPRESS }), 'Everything');

  it('use Request Response only: no .sync, no crawler poll, a note for each job it cannot wait for', () => {
    const resources = Object.values(express.definition.States).flatMap((s) => (typeof s.Resource === 'string' ? [s.Resource] : []));
    expect(resources.some((r) => r.includes('.sync') || r.includes('getCrawler'))).toBe(false);
    expect(resources).toContain('arn:aws:states:::glue:startJobRun');
    expect(express.definition.TimeoutSeconds).toBe(300);
    const waits = express.notes.filter((n) => n.includes('without waiting for it to finish: Express workflows support only Request Response tasks'));
    expect(waits.map((n) => /starts ("[^"]+")/.exec(n)![1]).sort()).toEqual(['"Child"', '"Churn model"', '"Nightly report"', '"Raw crawler"', '"Raw to Parquet"', '"Spark cluster"']);
  });

  it('need only the start permissions (no polling, no managed rules)', () => {
    const actions = mergeStatements(express.grants).flatMap((s) => s.Action);
    expect(actions).toEqual(expect.arrayContaining(['glue:StartJobRun', 'batch:SubmitJob', 'states:StartExecution', 'sagemaker:CreateTrainingJob']));
    expect(actions.filter((a) => /^events:|GetJobRun|DescribeJobs|TerminateJob|DescribeStep|DescribeTrainingJob|DescribeExecution|GetCrawler/.test(a))).toEqual([]);
  });
});
