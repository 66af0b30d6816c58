import { KINDS } from '../../../shared/catalog/registry';
import { bucketsRead, bucketsWritten } from '../cloudformation/connected-buckets';
import { stepConfig } from '../cloudformation/kinds/emr-steps';
import { encryptionKeyArn } from '../cloudformation/encryption-key';
import { nodeName, type ConnectedNode, type MapperContext } from '../cloudformation/mapper';
import { exportsResource } from '../cloudformation/references';
import { network } from '../cloudformation/network';
import { getAtt, ref, type TemplateValue } from '../cloudformation/template';
import {
  batchSubmitJob,
  datasyncStartTaskExecution,
  dmsStartReplicationTask,
  emrAddStep,
  glueCrawlerRun,
  glueJobRun,
  lambdaInvoke,
  sagemakerTrainingJob,
  statesStartExecution,
} from '../iam/grants';
import { taskArn, type Integration, type Json, type Pattern, type TaskCalls } from './integrations';
import type { StartTarget } from './targets';

/** Collects DefinitionSubstitutions: `put(key, value)` records the value and returns the `${key}` placeholder. */
function substitutions() {
  const values: Record<string, TemplateValue> = {};
  return { values, put: (key: string, value: TemplateValue): string => ((values[key] = value), `\${${key}}`) };
}

/** Training job names: `<prefix>-<uuid>`; a UUID is 36 characters and names at most 63 (SageMaker API, CreateTrainingJob). */
export const trainingJobPrefix = (logicalId: string): string => logicalId.toLowerCase().slice(0, 26);

/**
 * The buckets a SageMaker node reads (training input) and writes (model artifacts), directly or
 * through an S3 gateway endpoint: the same ones its execution role is granted (sagemaker.ts).
 */
function sagemakerBuckets(ctx: MapperContext, node: StartTarget['node']): { inputs: string[]; output?: string } {
  const seenFrom: MapperContext = { ...ctx, incoming: ctx.pipeline.edges.filter((e) => e.target === node.id), outgoing: ctx.pipeline.edges.filter((e) => e.source === node.id) };
  return { inputs: bucketsRead(seenFrom).map((b) => b.logicalId), output: bucketsWritten(seenFrom)[0]?.logicalId };
}

/** createTrainingJob for a SageMaker node in training mode; the image is a template parameter, since no setting names it. */
function trainingCalls(target: ConnectedNode<'sagemaker'>, integration: Integration, pattern: Pattern, ctx: MapperContext): TaskCalls | string {
  const { workload } = target.config;
  if (workload.mode !== 'training') return `${nodeName(target.node)} is in ${workload.mode} mode; the workflow export starts SageMaker training jobs only`;
  const { inputs, output } = sagemakerBuckets(ctx, target.node);
  if (output === undefined) return `${nodeName(target.node)} has no S3 bucket for its model artifacts: connect its S3 output to one`;
  const id = target.logicalId;
  const { values, put } = substitutions();
  const keyArn = encryptionKeyArn(ctx, target.node.id, '');
  const key: Record<string, Json> = keyArn === undefined ? {} : { KmsKeyId: put(`${id}KmsKeyArn`, keyArn) };
  const parameters: Record<string, Json> = {
    'TrainingJobName.$': `States.Format('${trainingJobPrefix(id)}-{}', States.UUID())`,
    AlgorithmSpecification: { TrainingImage: put(`${id}TrainingImage`, ref(`${id}TrainingImage`)), TrainingInputMode: 'File' },
    RoleArn: put(`${id}ExecutionRoleArn`, getAtt(`${id}ExecutionRole`, 'Arn')),
    OutputDataConfig: { S3OutputPath: `s3://${put(`${output}Name`, ref(output))}/${id}/`, ...key },
    ResourceConfig: { InstanceType: target.config.instanceType, InstanceCount: target.config.instanceCount, VolumeSizeInGB: 30, ...(keyArn === undefined ? {} : { VolumeKmsKeyId: put(`${id}KmsKeyArn`, keyArn) }) },
    // Managed Spot needs a wait limit at least as long as the runtime limit.
    StoppingCondition: { MaxRuntimeInSeconds: workload.maxRuntimeSeconds, ...(workload.managedSpot ? { MaxWaitTimeInSeconds: workload.maxRuntimeSeconds } : {}) },
  };
  if (inputs.length > 0) {
    parameters.InputDataConfig = inputs.map((bucket) => ({
      ChannelName: bucket,
      DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: `s3://${put(`${bucket}Name`, ref(bucket))}/`, S3DataDistributionType: 'FullyReplicated' } },
    }));
  }
  if (workload.managedSpot) parameters.EnableManagedSpotTraining = true;
  if (target.config.networkIsolation) parameters.EnableNetworkIsolation = true;
  const notes = [
    `${nodeName(target.node)}: training jobs run the image of the template parameter ${id}TrainingImage, with 30 GB volumes and File input mode (SageMaker's defaults; no setting says them).`,
  ];
  if (target.config.vpc) {
    // Substitutions are strings: the lists are rebuilt in the state with intrinsic functions (States Language, intrinsic functions).
    // Fn::Join takes the list parameter itself as its list.
    const subnets = put(`${id}SubnetIds`, { 'Fn::Join': [',', network(ctx).subnetIds] } as unknown as TemplateValue);
    parameters.VpcConfig = { 'Subnets.$': `States.StringSplit('${subnets}', ',')`, 'SecurityGroupIds.$': `States.Array('${put(`${id}SecurityGroupId`, getAtt(`${id}SecurityGroup`, 'GroupId'))}')` };
  }
  return {
    calls: [{ Resource: taskArn(integration, pattern), Parameters: parameters }],
    substitutions: values,
    parameters: { [`${id}TrainingImage`]: { Type: 'String', Description: `Container image (ECR URI) of the training jobs of "${target.node.label}".`, MinLength: 1 } },
    grants: sagemakerTrainingJob(trainingJobPrefix(id), `${id}ExecutionRole`, pattern === 'sync'),
    notes,
  };
}

/** The parameters of each kind's call, with the started resource's name or ARN as a substitution (Ref/GetAtt of its main resource). */
function plainCalls(target: StartTarget, integration: Integration, pattern: Pattern): TaskCalls | string {
  const id = target.logicalId;
  const { values, put } = substitutions();
  const wait = pattern === 'sync';
  const resource = taskArn(integration, pattern);
  const one = (parameters: Json, grants: TaskCalls['grants'], extra: Partial<TaskCalls> = {}): TaskCalls => ({
    calls: [{ Resource: resource, Parameters: parameters }],
    substitutions: values,
    parameters: {},
    grants,
    notes: [],
    ...extra,
  });
  switch (target.kind) {
    case 'glue-etl-job':
      return one({ JobName: put(`${id}JobName`, ref(id)) }, glueJobRun(id, wait));
    case 'glue-crawler':
      return one({ Name: put(`${id}CrawlerName`, ref(id)) }, glueCrawlerRun(id, wait));
    case 'batch-job':
      // Job names allow letters, digits, hyphens and underscores, up to 128 (Batch API, SubmitJob).
      return one({ JobName: id.slice(0, 128), JobDefinition: put(`${id}JobDefinition`, ref(id)), JobQueue: put(`${id}JobQueue`, ref(`${id}JobQueue`)) }, batchSubmitJob(ref(id), ref(`${id}JobQueue`), wait));
    case 'lambda': {
      const payload: Json = pattern === 'wait-for-callback' ? { Payload: { 'input.$': '$', 'taskToken.$': '$$.Task.Token' } } : { 'Payload.$': '$' };
      const parameters = { FunctionName: put(`${id}Arn`, getAtt(id, 'Arn')), ...(payload as Record<string, Json>) };
      return one(parameters, lambdaInvoke(id), pattern === 'request-response' ? { outputPath: '$.Payload' } : {});
    }
    case 'step-functions': {
      // Passing the parent's execution id links the two executions in the console (developer guide, concepts-nested-workflows).
      const input: Record<string, Json> = { 'input.$': '$', 'AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID.$': '$$.Execution.Id' };
      if (pattern === 'wait-for-callback') input['TaskToken.$'] = '$$.Task.Token';
      return one({ StateMachineArn: put(`${id}Arn`, ref(id)), Input: input }, statesStartExecution(id, wait));
    }
    case 'dms':
      return one({ ReplicationTaskArn: put(`${id}TaskArn`, ref(id)), StartReplicationTaskType: 'start-replication' }, dmsStartReplicationTask(id), {
        notes: [`${nodeName(target.node)}: the workflow starts the replication task with start-replication, which only a task that never ran accepts; later runs need resume-processing or reload-target.`],
      });
    case 'datasync':
      return one({ TaskArn: put(`${id}TaskArn`, ref(id)) }, datasyncStartTaskExecution(id));
    default:
      return `${nodeName(target.node)} (${KINDS[target.kind].title}) cannot be started by the export yet`;
  }
}

/** One addStep call per configured step of the cluster, in order. */
function emrCalls(target: ConnectedNode<'emr-cluster'>, integration: Integration, pattern: Pattern): TaskCalls | string {
  if (target.config.steps.length === 0) return `${nodeName(target.node)} has no steps to add`;
  const id = target.logicalId;
  const { values, put } = substitutions();
  const clusterId = put(`${id}ClusterId`, ref(id));
  const notes = [`${nodeName(target.node)}: the workflow adds the cluster's steps on each run; the cluster also runs them once when the stack creates it.`];
  if (target.config.terminateAfterSteps) {
    notes.push(`${nodeName(target.node)} terminates after its last step, but the workflow adds steps to it: turn off "Terminate after last step" so the cluster is still running when the workflow starts.`);
  }
  return {
    calls: target.config.steps.map((step, i) => ({
      Resource: taskArn(integration, pattern),
      // The same StepConfig as the cluster's own Steps (plain JSON: no intrinsic functions in it).
      Parameters: { ClusterId: clusterId, Step: stepConfig(step) as Json },
      ...(i > 0 ? { label: step.name } : {}),
    })),
    substitutions: values,
    parameters: {},
    grants: emrAddStep(id, pattern === 'sync'),
    notes,
  };
}

/**
 * What starting `target` takes, or why the export cannot start it (a note for the user): a kind
 * not exported yet has no resource to refer to, so its task is left out rather than dangling.
 */
export function taskCalls(target: StartTarget, integration: Integration, pattern: Pattern, ctx: MapperContext): TaskCalls | string {
  if (!exportsResource(target.kind)) return `${nodeName(target.node)} (${KINDS[target.kind].title}) is not exported yet, so the workflow cannot refer to it`;
  if (target.kind === 'sagemaker') return trainingCalls(target, integration, pattern, ctx);
  if (target.kind === 'emr-cluster') return emrCalls(target, integration, pattern);
  return plainCalls(target, integration, pattern);
}
