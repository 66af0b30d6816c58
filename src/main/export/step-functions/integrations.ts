import type { ConfigOf } from '../../../shared/catalog/registry';
import type { CfnParameter, TemplateValue } from '../cloudformation/template';
import type { PolicyStatement } from '../iam/policy';
import type { StartableKind } from './targets';

/** JSON as the Amazon States Language writes it (null included: `"ResultPath": null` keeps a state's input). */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type AslState = { [key: string]: Json };

type Config = ConfigOf<'step-functions'>;
export type StateSetting = Config['states'][number];
export type TaskSetting = Extract<StateSetting, { type: 'Task' }>;
export type TaskResource = TaskSetting['resource'];
export type Pattern = TaskSetting['pattern'];

/** Comment of the states the export adds (poll loops, failure ends): reading a definition back skips them. */
export const ADDED = 'Added by Pipewright: ';

/** Which kind each Task `resource` setting starts. */
export const RESOURCE_KIND: Record<TaskResource, StartableKind> = {
  'glue:startJobRun': 'glue-etl-job',
  'glue:startCrawler': 'glue-crawler',
  'batch:submitJob': 'batch-job',
  'lambda:invoke': 'lambda',
  'elasticmapreduce:createCluster': 'emr-cluster',
  'elasticmapreduce:addStep': 'emr-cluster',
  'sagemaker:createTrainingJob': 'sagemaker',
  'sagemaker:createTransformJob': 'sagemaker',
  'sagemaker:createProcessingJob': 'sagemaker',
  'athena:startQueryExecution': 'athena',
  'states:startExecution': 'step-functions',
  'dms:startReplicationTask': 'dms',
  'datasync:startTaskExecution': 'datasync',
};

export type Retrier = {
  ErrorEquals: string[];
  IntervalSeconds: number;
  MaxAttempts: number;
  BackoffRate: number;
};

/** How the export starts one kind: the API it calls, the patterns AWS offers for it, the errors worth retrying. */
export interface Integration {
  /** The Task `resource` setting this integration implements. */
  readonly resource: TaskResource;
  /** The Task state's Resource for the Request Response pattern. */
  readonly arn: string;
  /** Suffix of Run a Job, where AWS offers it (Step Functions developer guide, optimized integrations table). */
  readonly syncSuffix?: '.sync' | '.sync:2';
  /** Whether Wait for a Callback (.waitForTaskToken) is offered. */
  readonly callback: boolean;
  /** Transient service errors, retried with backoff before the state's own retriers. */
  readonly retry: Retrier;
}

const STATES = 'arn:aws:states:::';

/**
 * Service exceptions get the backoff AWS recommends for Lambda's (bp-lambda-serviceexception: 2 s,
 * ×2, 6 attempts). Error names are `<Service>.<error in the service's API reference>` (developer
 * guide, "AWS SDK service integrations": the exception prefix column).
 */
export const serviceErrors = (...errors: string[]): Retrier => ({ ErrorEquals: errors, IntervalSeconds: 2, MaxAttempts: 6, BackoffRate: 2 });

/** The one integration per startable kind; Athena has none: the settings hold no query to run. */
export const INTEGRATIONS: Partial<Record<StartableKind, Integration>> = {
  'glue-etl-job': {
    resource: 'glue:startJobRun',
    arn: `${STATES}glue:startJobRun`,
    syncSuffix: '.sync',
    callback: false,
    retry: serviceErrors('Glue.InternalServiceException', 'Glue.OperationTimeoutException'),
  },
  // No .sync for crawlers: the AWS SDK integration starts the crawl and a poll loop waits for it (see definition.ts).
  'glue-crawler': {
    resource: 'glue:startCrawler',
    arn: `${STATES}aws-sdk:glue:startCrawler`,
    callback: false,
    // A crawl already running (CrawlerRunningException) ends in minutes, not seconds.
    retry: { ErrorEquals: ['Glue.CrawlerRunningException', 'Glue.OperationTimeoutException'], IntervalSeconds: 60, MaxAttempts: 6, BackoffRate: 2 },
  },
  'batch-job': { resource: 'batch:submitJob', arn: `${STATES}batch:submitJob`, syncSuffix: '.sync', callback: false, retry: serviceErrors('Batch.ServerException') },
  lambda: {
    resource: 'lambda:invoke',
    arn: `${STATES}lambda:invoke`,
    callback: true,
    retry: serviceErrors('Lambda.ClientExecutionTimeoutException', 'Lambda.ServiceException', 'Lambda.AWSLambdaException', 'Lambda.SdkClientException', 'Lambda.TooManyRequestsException'),
  },
  'emr-cluster': {
    resource: 'elasticmapreduce:addStep',
    arn: `${STATES}elasticmapreduce:addStep`,
    syncSuffix: '.sync',
    callback: false,
    retry: serviceErrors('Emr.InternalServerError'),
  },
  sagemaker: {
    resource: 'sagemaker:createTrainingJob',
    arn: `${STATES}sagemaker:createTrainingJob`,
    syncSuffix: '.sync',
    callback: false,
    retry: serviceErrors('SageMaker.ResourceLimitExceeded'),
  },
  'step-functions': {
    resource: 'states:startExecution',
    arn: `${STATES}states:startExecution`,
    // .sync:2 returns the child's output as JSON rather than a string (developer guide, connect-stepfunctions).
    syncSuffix: '.sync:2',
    callback: true,
    retry: serviceErrors('Sfn.ExecutionLimitExceeded'),
  },
  dms: {
    resource: 'dms:startReplicationTask',
    arn: `${STATES}aws-sdk:databasemigration:startReplicationTask`,
    callback: false,
    retry: serviceErrors('DatabaseMigration.InvalidResourceStateFault'),
  },
  datasync: {
    resource: 'datasync:startTaskExecution',
    arn: `${STATES}aws-sdk:datasync:startTaskExecution`,
    callback: false,
    retry: serviceErrors('DataSync.InternalException'),
  },
};

/** The Resource of a Task state for a pattern. */
export function taskArn(integration: Integration, pattern: Pattern): string {
  if (pattern === 'sync') return `${integration.arn}${integration.syncSuffix ?? ''}`;
  return pattern === 'wait-for-callback' ? `${integration.arn}.waitForTaskToken` : integration.arn;
}

/** The integration and pattern a Task state's Resource names; undefined for a Resource the export never writes. */
export function readTaskArn(arn: string): { integration: Integration; pattern: Pattern } | undefined {
  for (const integration of Object.values(INTEGRATIONS)) {
    if (!arn.startsWith(integration.arn)) continue;
    const suffix = arn.slice(integration.arn.length);
    if (suffix === '') return { integration, pattern: 'request-response' };
    if (suffix === '.waitForTaskToken') return { integration, pattern: 'wait-for-callback' };
    if (suffix === integration.syncSuffix) return { integration, pattern: 'sync' };
  }
  return undefined;
}

/** The settings' retriers as ASL: "States.ALL" must be alone in the last retrier (States Language spec, Retrier). */
export function userRetriers(retry: TaskSetting['retry']): Retrier[] {
  const specific: Retrier[] = [];
  let catchAll: Retrier | undefined;
  for (const r of retry) {
    const others = r.errorEquals.filter((e) => e !== 'States.ALL');
    const shape = { IntervalSeconds: r.intervalSeconds, MaxAttempts: r.maxAttempts, BackoffRate: r.backoffRate };
    if (others.length > 0) specific.push({ ErrorEquals: others, ...shape });
    // A second catch-all could never be reached: the first one matches every error.
    if (others.length < r.errorEquals.length) catchAll ??= { ErrorEquals: ['States.ALL'], ...shape };
  }
  return catchAll ? [...specific, catchAll] : specific;
}

/** What one started node contributes to the machine: the Task states' Parameters and what they refer to. */
export interface TaskCalls {
  /** One call per Task state, in order (an EMR cluster's steps are one call each). */
  calls: { Resource: string; Parameters: Json; label?: string }[];
  /** DefinitionSubstitutions: placeholder name → CloudFormation value. */
  substitutions: Record<string, TemplateValue>;
  /** Template parameters the calls refer to (what no setting says, e.g. a training image). */
  parameters: Record<string, CfnParameter>;
  /** What the state machine's role needs for these calls, on the started resources only. */
  grants: PolicyStatement[];
  notes: string[];
  /** Lambda: the function's own output is the state's output. */
  outputPath?: string;
}
