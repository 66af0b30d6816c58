import { z } from 'zod';
import icon from 'aws-icons/icons/architecture-service/AWSStepFunctions.svg?raw';
import { STEP_FUNCTIONS_LIMITS_TABLE as L } from '../limits/step-functions';
import { defineKind } from '../types';

/**
 * Task integrations a data pipeline uses, and whether each offers "Run a Job (.sync)" (Step Functions
 * developer guide, optimized integrations table; Glue crawlers, DMS and DataSync are SDK integrations: no .sync).
 */
const INTEGRATIONS = {
  'glue:startJobRun': true,
  'glue:startCrawler': false,
  'batch:submitJob': true,
  'lambda:invoke': false,
  'elasticmapreduce:createCluster': true,
  'elasticmapreduce:addStep': true,
  'sagemaker:createTrainingJob': true,
  'sagemaker:createTransformJob': true,
  'sagemaker:createProcessingJob': true,
  'athena:startQueryExecution': true,
  'states:startExecution': true,
  'dms:startReplicationTask': false,
  'datasync:startTaskExecution': false,
} as const;
type Integration = keyof typeof INTEGRATIONS;

const RetrierSchema = z.object({
  errorEquals: z.array(z.string()).min(1).default(['States.ALL']).meta({ title: 'Errors', description: 'Error names this retrier handles; States.ALL matches any.' }),
  intervalSeconds: z.number().int().min(L.retryIntervalMinSeconds.value).default(L.retryIntervalDefaultSeconds.value).meta({ title: 'Interval', unit: 's' }),
  maxAttempts: z.number().int().min(0).default(L.retryMaxAttemptsDefault.value).meta({ title: 'Max attempts', description: '0 never retries.' }),
  backoffRate: z.number().min(L.retryBackoffRateMin.value).default(L.retryBackoffRateDefault.value).meta({ title: 'Backoff rate', unit: '×' }),
});

const name = z.string().min(1).max(L.stateNameMaxLength.value).default('State').meta({ title: 'Name', description: `Unique, at most ${L.stateNameMaxLength.value} characters.` });
const simple = (type: 'Pass' | 'Succeed' | 'Fail' | 'Parallel') => z.object({ type: z.literal(type), name });

const StateSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('Task'),
    name,
    resource: z.enum(Object.keys(INTEGRATIONS) as [Integration]).default('glue:startJobRun').meta({ title: 'Integration', description: 'The API the task calls.' }),
    pattern: z
      .enum(['request-response', 'sync', 'wait-for-callback'])
      .default('request-response')
      .meta({ title: 'Pattern', description: 'request-response: go on once the call returns. sync: wait for the job to finish (.sync). wait-for-callback: wait for a task token.' }),
    retry: z.array(RetrierSchema).default([]).meta({ title: 'Retry', description: 'Retriers, tried in order; each retry is a billed state transition.' }),
  }),
  z.object({ type: z.literal('Wait'), name, seconds: z.number().int().min(0).default(60).meta({ title: 'Wait', unit: 's' }) }),
  z.object({ type: z.literal('Choice'), name, condition: z.string().default('').meta({ title: 'Condition', description: 'e.g. $.rows > 0' }) }),
  z.object({ type: z.literal('Map'), name, maxConcurrency: z.number().int().min(0).default(0).meta({ title: 'Max concurrency', description: '0: no limit.' }) }),
  simple('Parallel'),
  simple('Pass'),
  simple('Succeed'),
  simple('Fail'),
]);

const WorkflowSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('STANDARD'),
      timeoutSeconds: z
        .number()
        .int()
        .positive()
        .max(L.standardMaxDurationSeconds.value)
        .default(86_400)
        .meta({ title: 'Execution timeout', unit: 's', description: `At most ${L.standardMaxDurationSeconds.value} s (1 year).` }),
    })
    .meta({ title: 'Standard (up to 1 year, exactly once)' }),
  z
    .object({
      type: z.literal('EXPRESS'),
      timeoutSeconds: z
        .number()
        .int()
        .positive()
        .max(L.expressMaxDurationSeconds.value)
        .default(L.expressMaxDurationSeconds.value)
        .meta({ title: 'Execution timeout', unit: 's', description: `At most ${L.expressMaxDurationSeconds.value} s (5 minutes).` }),
      invocation: z.enum(['asynchronous', 'synchronous']).default('asynchronous').meta({ title: 'Invocation', description: 'Asynchronous: at least once. Synchronous: at most once.' }),
    })
    .meta({ title: 'Express (up to 5 minutes, high volume)' }),
]);

/** AWS Step Functions state machine orchestrating the jobs of a pipeline. */
export const stepFunctions = defineKind({
  id: 'step-functions',
  title: 'AWS Step Functions state machine',
  shortTitle: 'Step Functions',
  category: 'orchestration',
  summary: 'Orchestrates jobs in order, with retries and waits.',
  help:
    'A workflow of states that starts the pipeline\'s jobs (Glue jobs and crawlers, Batch, EMR steps, SageMaker jobs, Lambda) in order, ' +
    'waits for them, branches and retries with backoff outside your code, and keeps an audited history. Standard workflows run up to ' +
    `1 year, exactly once, billed per state transition (retries count); Express workflows run at most ${L.expressMaxDurationSeconds.value / 60} minutes, ` +
    'billed per request and duration, and support only Request Response tasks: they cannot wait for a job (.sync) or a callback. ' +
    `State input and output are limited to ${L.payloadBytes.value / 1_024} KiB; a Standard execution keeps at most ${L.historyEvents.value.toLocaleString('en-US')} history events.`,
  icon,
  config: z
    .object({
      workflow: WorkflowSchema.default({ type: 'STANDARD', timeoutSeconds: 86_400 }).meta({ title: 'Workflow type', description: 'Standard or Express.' }),
      states: z
        .array(StateSchema)
        .min(1)
        .default([
          { type: 'Task', name: 'Run Glue job', resource: 'glue:startJobRun', pattern: 'sync', retry: [{ errorEquals: ['States.ALL'], intervalSeconds: 30, maxAttempts: 2, backoffRate: 2 }] },
          { type: 'Succeed', name: 'Done' },
        ])
        .meta({ title: 'States', description: 'In execution order.' }),
      loggingLevel: z.enum(['OFF', 'ERROR', 'FATAL', 'ALL']).default('ERROR').meta({ title: 'Logging', description: 'CloudWatch Logs level; Express workflows keep no other history.' }),
    })
    .superRefine((config, ctx) => {
      const seen = new Set<string>();
      config.states.forEach((state, i) => {
        if (seen.has(state.name)) ctx.addIssue({ code: 'custom', path: ['states', i, 'name'], message: `State names must be unique: "${state.name}" is used twice` });
        seen.add(state.name);
        if (state.type !== 'Task') return;
        if (state.pattern === 'sync' && !INTEGRATIONS[state.resource]) {
          ctx.addIssue({ code: 'custom', path: ['states', i, 'pattern'], message: `${state.resource} does not support Run a Job (.sync); use request-response` });
        }
        if (config.workflow.type === 'EXPRESS' && state.pattern !== 'request-response') {
          ctx.addIssue({ code: 'custom', path: ['workflow'], message: `Express workflows support only Request Response tasks: "${state.name}" uses ${state.pattern}` });
        }
      });
    }),
  inputs: [
    {
      id: 'start',
      label: 'Start',
      edgeKind: 'control',
      accepts: { schedule: 'EventBridge schedule target (StartExecution)', 'step-functions': 'Nested workflow (states:startExecution)' },
    },
  ],
  outputs: [
    {
      id: 'starts',
      label: 'Starts',
      edgeKind: 'control',
      only: ['glue-etl-job', 'glue-crawler', 'batch-job', 'lambda', 'emr-cluster', 'sagemaker', 'athena', 'step-functions', 'dms', 'datasync'],
    },
  ],
});
