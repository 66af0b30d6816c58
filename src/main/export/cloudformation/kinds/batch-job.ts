import type { ConfigOf } from '../../../../shared/catalog/registry';
import { ec2InstanceRole, serviceRole } from '../../iam/grants';
import { bucketGrants } from '../connected-buckets';
import type { DeepPartial, ImportView, KindMapping, Mapper } from '../mapper';
import { network } from '../network';
import { defined, plainArray, plainNumber, plainObject, plainString } from '../plain';
import { securityGroup } from '../security-groups';
import { getAtt, output, ref, sub, tagMap, type CfnResource, type TemplateValue } from '../template';

type Config = ConfigOf<'batch-job'>;

const managedPolicy = (name: string): TemplateValue => sub(`arn:\${AWS::Partition}:iam::aws:policy/${name}`);
/** ECR pulls and awslogs for Fargate jobs ("AWS Batch execution IAM role", Batch user guide). */
const EXECUTION_POLICY = managedPolicy('service-role/AmazonECSTaskExecutionRolePolicy');
/** What an ECS container instance needs ("Amazon ECS instance role", Batch user guide). */
const CONTAINER_INSTANCE_POLICY = managedPolicy('service-role/AmazonEC2ContainerServiceforEC2Role');

const isFargate = (config: Config): boolean => config.computeEnvironment.startsWith('FARGATE');

/**
 * The compute environment's resources. EC2 and Spot let Batch pick instance types ("optimal") and
 * scale from zero; Spot takes the capacity-optimised pools, least likely to be interrupted.
 */
function computeResources(config: Config, maxvCpus: TemplateValue, subnets: TemplateValue, groupId: TemplateValue, instanceProfileArn?: TemplateValue): Record<string, TemplateValue> {
  const common = { Type: config.computeEnvironment, MaxvCpus: maxvCpus, Subnets: subnets, SecurityGroupIds: [groupId] };
  if (instanceProfileArn === undefined) return common;
  return {
    ...common,
    MinvCpus: 0,
    InstanceTypes: ['optimal'],
    InstanceRole: instanceProfileArn,
    AllocationStrategy: config.computeEnvironment === 'SPOT' ? 'SPOT_CAPACITY_OPTIMIZED' : 'BEST_FIT_PROGRESSIVE',
  };
}

/**
 * batch-job → AWS::Batch::JobDefinition (image parameter, vCPU and memory, attempts, timeout) as
 * the main resource, run on a managed AWS::Batch::ComputeEnvironment (Fargate, Fargate Spot, EC2
 * or Spot) in the pipeline's subnets through its AWS::Batch::JobQueue. The job role carries the
 * grants of its buckets; Fargate jobs get an execution role, EC2 ones an instance profile. Batch
 * itself acts through its service-linked role (no ServiceRole property).
 */
const mapBatchJob: Mapper<'batch-job'> = (node, config, ctx) => {
  const id = ctx.logicalId;
  const fargate = isFargate(config);
  const { subnetIds } = network(ctx);
  const groupId = ctx.derivedId('SecurityGroup');
  const environmentId = ctx.derivedId('ComputeEnvironment');
  const queueId = ctx.derivedId('JobQueue');
  const jobRoleId = ctx.derivedId('JobRole');
  const minvCpus = Math.ceil(config.vcpus);
  const image = ctx.parameter(`${id}Image`, { Type: 'String', Description: `Container image of the Batch job "${node.label}".`, Default: config.image, MinLength: 1 });
  const maxvCpus = ctx.parameter(`${id}MaxvCpus`, {
    Type: 'Number',
    Description: `Most vCPUs the compute environment of "${node.label}" runs at once: ${minvCpus} runs one job at a time; raise it to run jobs side by side.`,
    Default: minvCpus,
    MinValue: minvCpus,
  });
  const resources: Record<string, CfnResource> = {
    [groupId]: securityGroup(ctx, `Batch job ${node.label}: no inbound traffic`),
    [jobRoleId]: serviceRole({ service: 'ecs-tasks.amazonaws.com', description: `Role of the containers of Batch job "${node.label}": its buckets.`, statements: bucketGrants(ctx), tags: ctx.tags }),
  };
  const container: Record<string, TemplateValue> = {
    Image: image,
    ResourceRequirements: [
      { Type: 'VCPU', Value: String(config.vcpus) },
      { Type: 'MEMORY', Value: String(config.memoryMiB) },
    ],
    JobRoleArn: getAtt(jobRoleId, 'Arn'),
  };
  let instanceProfileArn: TemplateValue | undefined;
  if (fargate) {
    const executionRoleId = ctx.derivedId('ExecutionRole');
    resources[executionRoleId] = serviceRole({
      service: 'ecs-tasks.amazonaws.com',
      description: `Lets Fargate pull the image of Batch job "${node.label}" and write its logs.`,
      statements: [],
      managedPolicyArns: [EXECUTION_POLICY],
      tags: ctx.tags,
    });
    // Private subnets: the task gets no public address and reaches ECR through a NAT or VPC endpoints.
    Object.assign(container, { ExecutionRoleArn: getAtt(executionRoleId, 'Arn'), NetworkConfiguration: { AssignPublicIp: 'DISABLED' } });
  } else {
    const instanceRoleId = ctx.derivedId('InstanceRole');
    const profileId = ctx.derivedId('InstanceProfile');
    resources[instanceRoleId] = ec2InstanceRole({ description: `Container instances of Batch job "${node.label}".`, statements: [], managedPolicyArns: [CONTAINER_INSTANCE_POLICY], tags: ctx.tags });
    resources[profileId] = { Type: 'AWS::IAM::InstanceProfile', Properties: { Roles: [ref(instanceRoleId)] } };
    instanceProfileArn = getAtt(profileId, 'Arn');
  }
  resources[environmentId] = {
    Type: 'AWS::Batch::ComputeEnvironment',
    Properties: { Type: 'MANAGED', State: 'ENABLED', ComputeResources: computeResources(config, maxvCpus, subnetIds, getAtt(groupId, 'GroupId'), instanceProfileArn), Tags: tagMap(ctx.tags) },
  };
  resources[queueId] = {
    Type: 'AWS::Batch::JobQueue',
    Properties: { Priority: config.queuePriority, State: 'ENABLED', ComputeEnvironmentOrder: [{ Order: 1, ComputeEnvironment: ref(environmentId) }], Tags: tagMap(ctx.tags) },
  };
  resources[id] = {
    Type: 'AWS::Batch::JobDefinition',
    Properties: {
      Type: 'container',
      PlatformCapabilities: [fargate ? 'FARGATE' : 'EC2'],
      ContainerProperties: container,
      RetryStrategy: { Attempts: config.retryAttempts },
      Timeout: { AttemptDurationSeconds: config.timeoutSeconds },
      PropagateTags: true,
      Tags: tagMap(ctx.tags),
    },
  };
  return {
    resources,
    outputs: {
      [ctx.derivedId('JobDefinitionArn')]: output(`Job definition of the Batch job "${node.label}"`, ref(id)),
      [ctx.derivedId('JobQueueArn')]: output(`Job queue of the Batch job "${node.label}"`, ref(queueId)),
    },
  };
};

/**
 * Reads back what mapBatchJob writes on the job definition. Its platform says Fargate or EC2;
 * Spot, like the queue priority, lives on resources the job definition does not name, so those
 * settings keep their defaults.
 */
function readBatchJob(view: ImportView): DeepPartial<Config> {
  const p = view.main.properties;
  const container = plainObject(p.ContainerProperties);
  const requirement = (type: string) => plainString(plainArray(container?.ResourceRequirements).map(plainObject).find((r) => r?.Type === type)?.Value);
  const number = (text: string | undefined) => (text === undefined || Number.isNaN(Number(text)) ? undefined : Number(text));
  const platform = plainString(plainArray(p.PlatformCapabilities)[0]);
  return defined({
    computeEnvironment: platform === 'FARGATE' ? ('FARGATE' as const) : platform === 'EC2' ? ('EC2' as const) : undefined,
    image: plainString(container?.Image),
    vcpus: number(requirement('VCPU')),
    memoryMiB: number(requirement('MEMORY')),
    retryAttempts: plainNumber(plainObject(p.RetryStrategy)?.Attempts),
    timeoutSeconds: plainNumber(plainObject(p.Timeout)?.AttemptDurationSeconds),
  });
}

export const batchJobMapping: KindMapping<'batch-job'> = {
  mainType: 'AWS::Batch::JobDefinition',
  toCfn: mapBatchJob,
  fromCfn: readBatchJob,
};
