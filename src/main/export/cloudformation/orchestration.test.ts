import { afterAll, describe, expect, it } from 'vitest';
import type { ConfigOf, KindId } from '../../../shared/catalog/registry';
import type { Pipeline } from '../../../shared/model/pipeline';
import { TEMPLATES } from '../../../shared/templates';
import { everyIntegrationPipeline, nestedPipeline, nightlyPipeline, schedulePipeline } from '../../../../test/fixtures/workflows';
import { cloudFormationYaml, toCloudFormation } from './index';
import { mappingOf } from './mappers';
import type { CfnResource } from './template';
import { stateMachineDefinitions } from '../step-functions';
import { cfnLintMissing, cfnLintOutput, cfnValidateDiagnostics, freeCfnValidate, templateFolder } from './testing/validate-template';
import type { PolicyStatement } from '../iam/policy';

const EXPRESS = { type: 'EXPRESS', timeoutSeconds: 120, invocation: 'synchronous' } as const;
/** Express workflows take Request Response tasks only (the catalog refuses .sync). */
const EXPRESS_STATES: ConfigOf<'step-functions'>['states'] = [
  { type: 'Task', name: 'Crawl raw data', resource: 'glue:startCrawler', pattern: 'request-response', retry: [] },
  { type: 'Task', name: 'Transform to Parquet', resource: 'glue:startJobRun', pattern: 'request-response', retry: [] },
];
const TAGS = (pipeline: string) => [
  { Key: 'pipewright:pipeline', Value: pipeline },
  { Key: 'pipewright:environment', Value: { Ref: 'Environment' } },
];
const account = (service: string, resource: string) => ({ 'Fn::Sub': `arn:\${AWS::Partition}:${service}:\${AWS::Region}:\${AWS::AccountId}:${resource}` });

function resource(pipeline: Pipeline, id: string): CfnResource {
  const found = toCloudFormation(pipeline).Resources[id];
  if (!found) throw new Error(`no resource ${id}`);
  return found;
}

function statements(role: CfnResource): PolicyStatement[] {
  const policies = (role.Properties.Policies ?? []) as { PolicyDocument: { Statement: PolicyStatement[] } }[];
  return policies.flatMap((p) => p.PolicyDocument.Statement);
}

const LOG_DELIVERY: PolicyStatement = {
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
};

/** What fromCfn reads back from the exported main resource of a node. */
function readBack<K extends KindId>(kind: K, pipeline: Pipeline, logicalId: string) {
  const main = resource(pipeline, logicalId);
  return mappingOf(kind).fromCfn({ main: { logicalId, type: main.Type, properties: main.Properties }, referencing: [] });
}

describe('step-functions → AWS::StepFunctions::StateMachine', () => {
  it('writes the definition, its substitutions, the type, logging to its own log group, and tags', () => {
    const pipeline = nightlyPipeline();
    expect(resource(pipeline, 'NightlyWorkflow').Properties).toEqual({
      StateMachineType: 'STANDARD',
      RoleArn: { 'Fn::GetAtt': ['NightlyWorkflowRole', 'Arn'] },
      Definition: stateMachineDefinitions(pipeline).NightlyWorkflow,
      DefinitionSubstitutions: { RawCrawlerCrawlerName: { Ref: 'RawCrawler' }, RawToParquetJobName: { Ref: 'RawToParquet' } },
      LoggingConfiguration: { Level: 'ERROR', Destinations: [{ CloudWatchLogsLogGroup: { LogGroupArn: { 'Fn::GetAtt': ['NightlyWorkflowLogs', 'Arn'] } } }] },
      Tags: TAGS('Nightly batch'),
    });
    expect(resource(pipeline, 'NightlyWorkflowLogs')).toEqual({
      Type: 'AWS::Logs::LogGroup',
      Properties: { LogGroupName: { 'Fn::Sub': '/aws/vendedlogs/states/${AWS::StackName}/NightlyWorkflow' }, RetentionInDays: { Ref: 'LogRetentionDays' }, Tags: TAGS('Nightly batch') },
    });
    expect(toCloudFormation(pipeline).Outputs).toMatchObject({
      NightlyWorkflowArn: { Value: { Ref: 'NightlyWorkflow' } },
      NightlyWorkflowName: { Value: { 'Fn::GetAtt': ['NightlyWorkflow', 'Name'] } },
    });
  });

  it('gives its role exactly the job, crawler and log-delivery permissions, trusted by Step Functions for this account only', () => {
    const role = resource(nightlyPipeline(), 'NightlyWorkflowRole');
    expect(role.Properties.AssumeRolePolicyDocument).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: 'states.amazonaws.com' }, Action: ['sts:AssumeRole'], Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } } }],
    });
    expect(statements(role)).toEqual([
      { Effect: 'Allow', Action: ['glue:GetCrawler', 'glue:StartCrawler'], Resource: [account('glue', 'crawler/${RawCrawler}')] },
      { Effect: 'Allow', Action: ['glue:BatchStopJobRun', 'glue:GetJobRun', 'glue:GetJobRuns', 'glue:StartJobRun'], Resource: [account('glue', 'job/${RawToParquet}')] },
      LOG_DELIVERY,
    ]);
  });

  it('with logging OFF: no log group and no log-delivery permissions', () => {
    const template = toCloudFormation(nightlyPipeline({ workflow: { loggingLevel: 'OFF' } }));
    expect(template.Resources).not.toHaveProperty('NightlyWorkflowLogs');
    expect(template.Resources.NightlyWorkflow!.Properties).not.toHaveProperty('LoggingConfiguration');
    expect(statements(template.Resources.NightlyWorkflowRole!).flatMap((s) => s.Action).filter((a) => a.startsWith('logs:'))).toEqual([]);
  });

  it('Express: the type, start-only permissions, and notes for what the template cannot say', () => {
    const template = toCloudFormation(nightlyPipeline({ workflow: { workflow: EXPRESS, loggingLevel: 'OFF', states: EXPRESS_STATES } }));
    expect(template.Resources.NightlyWorkflow!.Properties.StateMachineType).toBe('EXPRESS');
    expect(statements(template.Resources.NightlyWorkflowRole!).map((s) => s.Action)).toEqual([['glue:StartCrawler'], ['glue:StartJobRun']]);
    const notes = JSON.stringify(template.Metadata);
    expect(notes).toContain('an Express workflow keeps no execution history of its own, and its logging is OFF');
    expect(notes).toContain('synchronous invocation is chosen by the caller (StartSyncExecution');
  });

  it('refuses an Express workflow whose settings wait for a job (.sync), naming the state', () => {
    expect(() => toCloudFormation(nightlyPipeline({ workflow: { workflow: EXPRESS } }))).toThrow(
      /"Nightly workflow".*Express workflows support only Request Response tasks: "Transform to Parquet" uses sync/,
    );
  });

  it('lets a parent start, watch and stop its child’s executions', () => {
    expect(statements(resource(nestedPipeline(), 'ParentRole'))).toEqual([
      { Effect: 'Allow', Action: ['states:StartExecution'], Resource: [{ Ref: 'Child' }] },
      { Effect: 'Allow', Action: ['states:DescribeExecution', 'states:StopExecution'], Resource: [account('states', 'execution:${Child.Name}:*')] },
      { Effect: 'Allow', Action: ['events:DescribeRule', 'events:PutRule', 'events:PutTargets'], Resource: [account('events', 'rule/StepFunctionsGetEventsForStepFunctionsExecutionRule')] },
      LOG_DELIVERY,
    ]);
  });

  it.each([
    ['Standard, ERROR logging', nightlyPipeline()],
    ['Standard, ALL logging, 1 h', nightlyPipeline({ workflow: { loggingLevel: 'ALL', workflow: { type: 'STANDARD', timeoutSeconds: 3_600 } } })],
    ['Express, logging OFF', nightlyPipeline({ workflow: { loggingLevel: 'OFF', workflow: { ...EXPRESS, invocation: 'asynchronous' }, states: [{ type: 'Task', name: 'Transform', resource: 'glue:startJobRun', pattern: 'request-response', retry: [] }, { type: 'Pass', name: 'Crawl next' }] } })],
  ])('reads back type, timeout, logging and states (%s)', (_name, pipeline) => {
    const { workflow, states, loggingLevel } = pipeline.nodes.find((n) => n.kind === 'step-functions')!.config as { workflow: { type: string; timeoutSeconds: number }; states: unknown[]; loggingLevel: string };
    const read = readBack('step-functions', pipeline, 'NightlyWorkflow');
    // The Express case names no crawler task: the one the export adds (edge order: first) is part of what the machine does.
    const expected = workflow.type === 'EXPRESS' ? [{ type: 'Task', name: 'Raw crawler', resource: 'glue:startCrawler', pattern: 'request-response', retry: [] }, ...states] : states;
    expect(read).toEqual({ workflow: { type: workflow.type, timeoutSeconds: workflow.timeoutSeconds }, states: expected, loggingLevel });
  });
});

describe('schedule → AWS::Scheduler::Schedule', () => {
  it('makes one schedule per started node, with the templated or universal target each needs', () => {
    const template = toCloudFormation(schedulePipeline({ expression: 'rate(6 hours)', retryAttempts: 3, maxEventAgeSeconds: 3_600 }));
    const target = (id: string) => template.Resources[id]!.Properties.Target;
    expect(template.Resources.EveryNight).toEqual({
      Type: 'AWS::Scheduler::Schedule',
      Properties: {
        Description: 'Pipewright schedule "Every night": starts "Workflow".',
        ScheduleExpression: 'rate(6 hours)',
        FlexibleTimeWindow: { Mode: 'OFF' },
        State: 'ENABLED',
        Target: { Arn: { Ref: 'Workflow' }, RoleArn: { 'Fn::GetAtt': ['EveryNightRole', 'Arn'] }, Input: '{}', RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 3_600 } },
      },
    });
    expect(target('EveryNightRawToParquet')).toMatchObject({
      Arn: { 'Fn::Sub': 'arn:${AWS::Partition}:scheduler:::aws-sdk:glue:startJobRun' },
      Input: { 'Fn::Sub': '{"JobName":"${RawToParquet}"}' },
    });
    expect(target('EveryNightRawCrawler')).toMatchObject({ Arn: { 'Fn::Sub': 'arn:${AWS::Partition}:scheduler:::aws-sdk:glue:startCrawler' }, Input: { 'Fn::Sub': '{"Name":"${RawCrawler}"}' } });
  });

  it('gives the scheduler role only those starts', () => {
    const role = resource(schedulePipeline(), 'EveryNightRole');
    expect((role.Properties.AssumeRolePolicyDocument as { Statement: { Principal: unknown }[] }).Statement[0]!.Principal).toEqual({ Service: 'scheduler.amazonaws.com' });
    expect(statements(role)).toEqual([
      { Effect: 'Allow', Action: ['states:StartExecution'], Resource: [{ Ref: 'Workflow' }] },
      { Effect: 'Allow', Action: ['glue:StartJobRun'], Resource: [account('glue', 'job/${RawToParquet}')] },
      { Effect: 'Allow', Action: ['glue:StartCrawler'], Resource: [account('glue', 'crawler/${RawCrawler}')] },
    ]);
  });

  it('with the rule mechanism: an EventBridge rule per target it can reach, a note for the others', () => {
    const template = toCloudFormation(schedulePipeline({ mechanism: 'rule', enabled: false }, ['workflow', 'etl']));
    expect(template.Resources.EveryNight).toEqual({
      Type: 'AWS::Events::Rule',
      Properties: {
        Description: 'Pipewright schedule "Every night": starts "Workflow".',
        ScheduleExpression: 'cron(0 2 * * ? *)',
        State: 'DISABLED',
        Targets: [{ Id: 'Workflow', Arn: { Ref: 'Workflow' }, RetryPolicy: { MaximumRetryAttempts: 185, MaximumEventAgeInSeconds: 86_400 }, RoleArn: { 'Fn::GetAtt': ['EveryNightRole', 'Arn'] }, Input: '{}' }],
        Tags: TAGS('Scheduled'),
      },
    });
    expect(Object.keys(template.Resources).filter((id) => id.startsWith('EveryNight'))).toEqual(['EveryNight', 'EveryNightRole']);
    expect((resource(schedulePipeline({ mechanism: 'rule' }, ['workflow']), 'EveryNightRole').Properties.AssumeRolePolicyDocument as { Statement: { Principal: unknown }[] }).Statement[0]!.Principal).toEqual({
      Service: 'events.amazonaws.com',
    });
    expect(JSON.stringify(template.Metadata)).toContain('\\"Every night\\" does not start \\"Raw to Parquet\\": a scheduled EventBridge rule cannot start AWS Glue ETL job: use EventBridge Scheduler.');
  });

  it('starts Lambda functions and Batch jobs: the function by ARN, the job by SubmitJob on its queue and definition', () => {
    const scheduler = toCloudFormation(schedulePipeline({}, ['fn', 'batch']));
    expect(scheduler.Resources.EveryNight!.Properties.Target).toMatchObject({ Arn: { 'Fn::GetAtt': ['Notify', 'Arn'] } });
    expect(scheduler.Resources.EveryNight!.Properties.Target).not.toHaveProperty('Input');
    expect(scheduler.Resources.EveryNightNightlyReport!.Properties.Target).toMatchObject({
      Arn: { 'Fn::Sub': 'arn:${AWS::Partition}:scheduler:::aws-sdk:batch:submitJob' },
      Input: { 'Fn::Sub': '{"JobName":"NightlyReport","JobDefinition":"${NightlyReport}","JobQueue":"${NightlyReportJobQueue}"}' },
    });
    expect(statements(scheduler.Resources.EveryNightRole!)).toEqual([
      { Effect: 'Allow', Action: ['lambda:InvokeFunction'], Resource: [{ 'Fn::GetAtt': ['Notify', 'Arn'] }] },
      { Effect: 'Allow', Action: ['batch:SubmitJob'], Resource: [{ Ref: 'NightlyReport' }, { Ref: 'NightlyReportJobQueue' }] },
    ]);
    // A rule invokes Lambda under the function's resource policy, and submits Batch jobs to the queue with its role.
    const rule = toCloudFormation(schedulePipeline({ mechanism: 'rule' }, ['fn', 'batch']));
    expect(rule.Resources.EveryNightNotifyPermission).toEqual({
      Type: 'AWS::Lambda::Permission',
      Properties: { Action: 'lambda:InvokeFunction', FunctionName: { 'Fn::GetAtt': ['Notify', 'Arn'] }, Principal: 'events.amazonaws.com', SourceArn: { 'Fn::GetAtt': ['EveryNight', 'Arn'] } },
    });
    expect(rule.Resources.EveryNight!.Properties.Targets).toEqual([expect.not.objectContaining({ RoleArn: expect.anything() })]);
    expect(rule.Resources.EveryNightNightlyReport!.Properties.Targets).toEqual([
      expect.objectContaining({ Arn: { Ref: 'NightlyReportJobQueue' }, BatchParameters: { JobDefinition: { Ref: 'NightlyReport' }, JobName: 'NightlyReport' }, RoleArn: { 'Fn::GetAtt': ['EveryNightRole', 'Arn'] } }),
    ]);
    expect(statements(rule.Resources.EveryNightRole!)).toEqual([{ Effect: 'Allow', Action: ['batch:SubmitJob'], Resource: [{ Ref: 'NightlyReport' }, { Ref: 'NightlyReportJobQueue' }] }]);
  });

  it('generates nothing, with a note, when it starts nothing', () => {
    const template = toCloudFormation(schedulePipeline({}, []));
    expect(Object.keys(template.Resources).filter((id) => id.startsWith('EveryNight'))).toEqual([]);
    expect(JSON.stringify(template.Metadata)).toContain('starts nothing the export can reach: no schedule was generated.');
  });

  it.each([
    ['Scheduler', { expression: 'rate(6 hours)', retryAttempts: 3, maxEventAgeSeconds: 3_600 }],
    ['Scheduler, one-time, disabled', { expression: 'at(2030-01-01T00:00:00)', enabled: false }],
    ['rule', { mechanism: 'rule', expression: 'cron(15 4 ? * MON-FRI *)', retryAttempts: 0 }],
  ] as const)('reads back mechanism, expression, state and retries (%s)', (_name, settings) => {
    const pipeline = schedulePipeline(settings, ['workflow']);
    expect(readBack('schedule', pipeline, 'EveryNight')).toEqual(pipeline.nodes.find((n) => n.kind === 'schedule')!.config);
  });
});

describe('templates with workflows and schedules', () => {
  const folder = templateFolder();
  const variants: Record<string, Pipeline> = {
    'nightly, Standard': nightlyPipeline(),
    'nightly, Express, logging OFF': nightlyPipeline({ workflow: { workflow: EXPRESS, loggingLevel: 'OFF', states: [{ type: 'Succeed', name: 'Done' }] } }),
    'nightly, logging ALL, rule schedule disabled': nightlyPipeline({ workflow: { loggingLevel: 'ALL' }, schedule: { mechanism: 'rule', enabled: false } }),
    nested: nestedPipeline(),
    'schedule of a workflow, a job and a crawler': schedulePipeline({ expression: 'rate(1 hour)' }),
    'every integration (as far as exported)': everyIntegrationPipeline(),
    'schedule of a Lambda function and a Batch job': schedulePipeline({}, ['fn', 'batch']),
    'rule schedule of a workflow, a Lambda function and a Batch job': schedulePipeline({ mechanism: 'rule' }, ['workflow', 'fn', 'batch']),
    // The reference template whose workflow this export is for (the data lake repeats it).
    'template batch-layer': TEMPLATES.find((t) => t.id === 'batch-layer')!.build(),
  };
  const files = Object.entries(variants).map(([variant, pipeline]) => ({ variant, path: folder.write(variant, cloudFormationYaml(pipeline)) }));
  afterAll(() => {
    freeCfnValidate();
    folder.remove();
  });

  it.each(files.map((f) => [f.variant, f.path] as const))('@aws/cloudformation-validate (strict) accepts %s', (_variant, path) => {
    const diagnostics = cfnValidateDiagnostics(path);
    if (diagnostics.length > 0) console.error(`${path}:\n${diagnostics.join('\n')}`);
    expect(diagnostics).toEqual([]);
  }, 120_000);

  it('@aws/cloudformation-validate reports a broken state machine (the check is not vacuous)', () => {
    const broken = folder.write('broken', cloudFormationYaml(nightlyPipeline()).replace('StateMachineType: STANDARD', 'StateMachineType: HOURLY'));
    expect(cfnValidateDiagnostics(broken).length).toBeGreaterThan(0);
  }, 120_000);

  it.skipIf(cfnLintMissing !== undefined)(`cfn-lint finds no error and no warning${cfnLintMissing ? ` (skipped: ${cfnLintMissing})` : ''}`, () => {
    const output = cfnLintOutput(files.map((f) => f.path));
    if (output !== '') console.error(output);
    expect(output).toBe('');
  }, 60_000);
});
