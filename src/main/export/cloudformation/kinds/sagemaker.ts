import type { ConfigOf } from '../../../../shared/catalog/registry';
import { arnOf, kinesisStreamWrite, kinesisVideoRead, kmsUse, managedPolicy, serviceRole, vpcNetworkInterfaces } from '../../iam/grants';
import type { PolicyStatement } from '../../iam/policy';
import { bucketGrants } from '../connected-buckets';
import { encryptionKeyArn } from '../encryption-key';
import { nodeName, type DeepPartial, type ImportView, type KindMapping, type Mapper, type MapperContext } from '../mapper';
import { network } from '../network';
import { defined, plainArray, plainBoolean, plainNumber, plainObject, plainString } from '../plain';
import { securityGroup } from '../security-groups';
import { getAtt, output, ref, type CfnOutput, type CfnResource, type TemplateValue } from '../template';

type Config = ConfigOf<'sagemaker'>;

/**
 * What every SageMaker execution role needs besides its data ("SageMaker AI execution roles",
 * developer guide): pull the image from this account's ECR, write logs and metrics. Two calls
 * have no resource types in the Service Authorization Reference: GetAuthorizationToken and
 * PutMetricData, the latter bounded to SageMaker's namespaces by condition instead.
 */
function runtimeGrants(): PolicyStatement[] {
  return [
    { Effect: 'Allow', Action: ['ecr:BatchCheckLayerAvailability', 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'], Resource: [arnOf('ecr', 'repository/*')] },
    { Effect: 'Allow', Action: ['ecr:GetAuthorizationToken'], Resource: ['*'] },
    { Effect: 'Allow', Action: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:DescribeLogStreams', 'logs:PutLogEvents'], Resource: [arnOf('logs', 'log-group:/aws/sagemaker/*')] },
    { Effect: 'Allow', Action: ['cloudwatch:PutMetricData'], Resource: ['*'], Condition: { StringLike: { 'cloudwatch:namespace': '/aws/sagemaker/*' } } },
  ];
}

/** SageMaker attaches its instances to the VPC through network interfaces it also lets itself use ("Give SageMaker access to resources in your VPC"). */
function vpcGrants(): PolicyStatement[] {
  return [
    ...vpcNetworkInterfaces(),
    { Effect: 'Allow', Action: ['ec2:DeleteNetworkInterfacePermission'], Resource: [arnOf('ec2', 'network-interface/*')] },
    { Effect: 'Allow', Action: ['ec2:DescribeDhcpOptions'], Resource: ['*'] },
  ];
}

/** Instance types with local NVMe storage, which SageMaker encrypts itself and on which it refuses a KmsKeyId (EndpointConfig KmsKeyId). */
const LOCAL_STORAGE = /^ml\.(?:[a-z]+\d+[a-z]*d[a-z]*|g5|g6|g6e|p5|p5e)\./;

/** Model, endpoint configuration and endpoint of a real-time endpoint, or the model a batch transform applies. */
function modelResources(
  node: Parameters<Mapper<'sagemaker'>>[0],
  config: Config,
  ctx: MapperContext,
  roleId: string,
  vpcConfig: TemplateValue | undefined,
  notes: string[],
): { resources: Record<string, CfnResource>; endpointId?: string } {
  const id = ctx.logicalId;
  const image = ctx.parameter(`${id}Image`, { Type: 'String', Description: `Inference image (ECR URI) of the SageMaker model "${node.label}".`, MinLength: 1 });
  const modelData = ctx.parameter(`${id}ModelDataUrl`, { Type: 'String', Description: `S3 URI of the model artifacts (model.tar.gz) of "${node.label}".`, AllowedPattern: '^s3://.+' });
  const resources: Record<string, CfnResource> = {
    [id]: {
      Type: 'AWS::SageMaker::Model',
      Properties: {
        ExecutionRoleArn: getAtt(roleId, 'Arn'),
        PrimaryContainer: { Image: image, ModelDataUrl: modelData },
        ...(config.networkIsolation ? { EnableNetworkIsolation: true } : {}),
        ...(vpcConfig === undefined ? {} : { VpcConfig: vpcConfig }),
        Tags: [...ctx.tags],
      },
    },
  };
  if (config.workload.mode !== 'endpoint') return { resources };
  const endpointConfigId = ctx.derivedId('EndpointConfig');
  let key = encryptionKeyArn(ctx, node.id, '');
  if (key !== undefined && LOCAL_STORAGE.test(config.instanceType)) {
    notes.push(`${nodeName(node)}: ${config.instanceType} has local NVMe storage, which SageMaker encrypts itself; the KMS key is not set on the endpoint.`);
    key = undefined;
  }
  resources[endpointConfigId] = {
    Type: 'AWS::SageMaker::EndpointConfig',
    Properties: {
      ProductionVariants: [{ VariantName: 'AllTraffic', ModelName: getAtt(id, 'ModelName'), InstanceType: config.instanceType, InitialInstanceCount: config.instanceCount, InitialVariantWeight: 1 }],
      ...(key === undefined ? {} : { KmsKeyId: key }),
      Tags: [...ctx.tags],
    },
  };
  const endpointId = ctx.derivedId('Endpoint');
  resources[endpointId] = { Type: 'AWS::SageMaker::Endpoint', Properties: { EndpointConfigName: getAtt(endpointConfigId, 'EndpointConfigName'), Tags: [...ctx.tags] } };
  return { resources, endpointId };
}

/**
 * The application that takes frames from a video stream, calls the endpoint and puts detections
 * on a data stream runs outside the template: it gets a managed policy for exactly that.
 */
function inferencePolicy(ctx: MapperContext, node: Parameters<Mapper<'sagemaker'>>[0], endpointId: string): CfnResource | undefined {
  const frames = ctx.sourcesOfKind('kinesis-video-stream');
  const detections = ctx.targetsOfKind('kinesis-data-stream');
  if (frames.length === 0 && detections.length === 0) return undefined;
  return managedPolicy(`Attach to the role of the application that sends frames to the SageMaker endpoint "${node.label}" and writes its detections.`, [
    ...frames.flatMap((stream) => kinesisVideoRead(stream.logicalId)),
    // Ref of an endpoint is its ARN.
    { Effect: 'Allow', Action: ['sagemaker:InvokeEndpoint'], Resource: [ref(endpointId)] },
    ...detections.flatMap((stream) => kinesisStreamWrite(stream.logicalId)),
  ]);
}

/**
 * sagemaker → the execution role `<id>ExecutionRole` (its buckets, image pull, logs, VPC and KMS
 * when used) and, for a real-time endpoint, AWS::SageMaker::Model (main) + EndpointConfig +
 * Endpoint; for batch transform, the model. Training, processing and transform jobs are not
 * CloudFormation resources: Step Functions starts them with this role and the node's settings.
 */
const mapSagemaker: Mapper<'sagemaker'> = (node, config, ctx) => {
  const id = ctx.logicalId;
  const notes: string[] = [];
  const roleId = ctx.derivedId('ExecutionRole');
  const resources: Record<string, CfnResource> = {};
  const outputs: Record<string, CfnOutput> = { [ctx.derivedId('ExecutionRoleArn')]: output(`Execution role of SageMaker "${node.label}"`, getAtt(roleId, 'Arn')) };
  let vpcConfig: TemplateValue | undefined;
  if (config.vpc) {
    const groupId = ctx.derivedId('SecurityGroup');
    resources[groupId] = securityGroup(ctx, `SageMaker ${node.label}: no inbound traffic`);
    vpcConfig = { Subnets: network(ctx).subnetIds, SecurityGroupIds: [getAtt(groupId, 'GroupId')] };
    outputs[ctx.derivedId('SecurityGroupId')] = output(`Security group of SageMaker "${node.label}" (VpcConfig of its jobs)`, getAtt(groupId, 'GroupId'));
  }
  const key = encryptionKeyArn(ctx, node.id, '');
  resources[roleId] = serviceRole({
    service: 'sagemaker.amazonaws.com',
    description: `Execution role of SageMaker "${node.label}": its buckets, image, logs and metrics.`,
    statements: [...bucketGrants(ctx), ...runtimeGrants(), ...(config.vpc ? vpcGrants() : []), ...kmsUse(key, ['kms:CreateGrant', 'kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey'])],
    tags: ctx.tags,
  });

  const mode = config.workload.mode;
  const model = mode === 'endpoint' || mode === 'batch-transform' ? modelResources(node, config, ctx, roleId, vpcConfig, notes) : undefined;
  if (model) {
    Object.assign(resources, model.resources);
    outputs[ctx.derivedId('ModelName')] = output(`Model of SageMaker "${node.label}"`, getAtt(id, 'ModelName'));
  }
  if (model?.endpointId !== undefined) {
    const endpointId = model.endpointId;
    // Ref of an endpoint is its ARN, which ends with its name (EndpointName is no attribute of the resource schema).
    outputs[ctx.derivedId('EndpointArn')] = output(`Endpoint of SageMaker "${node.label}"`, ref(endpointId));
    const policy = inferencePolicy(ctx, node, endpointId);
    if (policy) {
      const policyId = ctx.derivedId('InferencePolicy');
      resources[policyId] = policy;
      outputs[ctx.derivedId('InferencePolicyArn')] = output(`Managed policy for the application that calls the endpoint of "${node.label}"`, ref(policyId));
    }
  } else {
    const job = mode === 'training' ? `training job (at most ${config.workload.maxRuntimeSeconds} s${config.workload.managedSpot ? ', managed Spot' : ''})` : `${mode} job`;
    notes.push(`${nodeName(node)}: a SageMaker ${job} is not a CloudFormation resource; Step Functions starts it on ${config.instanceCount} × ${config.instanceType} with the role ${roleId}.`);
    if (ctx.sourcesOfKind('kinesis-video-stream').length + ctx.targetsOfKind('kinesis-data-stream').length > 0) {
      notes.push(`${nodeName(node)}: video frames and detections go through a real-time endpoint; as a ${mode} job they are not wired.`);
    }
  }
  return { resources, outputs, notes };
};

/** Reads back the model and, when an endpoint configuration serves it, the endpoint's instances. */
function readSagemaker(view: ImportView): DeepPartial<Config> {
  const p = view.main.properties;
  const endpointConfig = view.referencing.find((r) => r.type === 'AWS::SageMaker::EndpointConfig');
  const variant = plainObject(plainArray(endpointConfig?.properties.ProductionVariants)[0]);
  return defined({
    workload: endpointConfig ? { mode: 'endpoint' as const } : { mode: 'batch-transform' as const },
    instanceType: plainString(variant?.InstanceType),
    instanceCount: plainNumber(variant?.InitialInstanceCount),
    vpc: p.VpcConfig !== undefined,
    networkIsolation: plainBoolean(p.EnableNetworkIsolation) ?? false,
  });
}

export const sagemakerMapping: KindMapping<'sagemaker'> = {
  mainType: 'AWS::SageMaker::Model',
  toCfn: mapSagemaker,
  fromCfn: readSagemaker,
};
