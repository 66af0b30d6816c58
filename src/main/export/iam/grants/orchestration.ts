import type { TemplateValue } from '../../cloudformation/template';
import type { PolicyStatement } from '../policy';
import { arnOf } from './arns';
import { passRole } from './roles';

/** Grants a workflow or schedule needs to start jobs and wait for them. */

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
