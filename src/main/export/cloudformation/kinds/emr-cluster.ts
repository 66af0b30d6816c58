import { EMR_LIMITS_TABLE as L } from '../../../../shared/catalog/limits/emr';
import { KINDS, type ConfigOf } from '../../../../shared/catalog/registry';
import { dynamodbRead, dynamodbWrite, ec2InstanceRole, glueCatalog, passRole, s3Delete, s3Write, serviceRole } from '../../iam/grants';
import type { PolicyStatement } from '../../iam/policy';
import { bucketGrants, bucketsWritten } from '../connected-buckets';
import { tableKeyArn } from './dynamodb-table';
import { readSteps, stepConfig } from './emr-steps';
import { nodeName, type DeepPartial, type ImportView, type KindMapping, type Mapper, type MapperContext } from '../mapper';
import { defined, oneOf, plainArray, plainBoolean, plainNumber, plainObject, plainString } from '../plain';
import { bucketUri } from '../references';
import { firstSubnet } from '../security-groups';
import { getAtt, output, ref, retained, sub, type CfnResource, type TemplateValue } from '../template';

type Config = ConfigOf<'emr-cluster'>;

/**
 * Applications and steps are read back one item at a time against their own schemas: the whole
 * settings' rule (a step's application must be installed) can only hold once both are read.
 */
const SHAPE = KINDS['emr-cluster'].config.shape;
const APPLICATIONS = SHAPE.applications.unwrap().element.options;
const STEP = SHAPE.steps.unwrap().element;

/** The EMR service role's AWS managed policy ("Service role for Amazon EMR (EMR role)", EMR management guide). */
const EMR_SERVICE_POLICY = sub('arn:${AWS::Partition}:iam::aws:policy/service-role/AmazonEMRServicePolicy_v2');

/** Hive and Spark use the Glue Data Catalog as metastore through this client factory ("Use the AWS Glue Data Catalog as the metastore"). */
const GLUE_METASTORE = { 'hive.metastore.client.factory.class': 'com.amazonaws.glue.catalog.metastore.AWSGlueDataCatalogHiveClientFactory' };

const group = (name: string, type: string, count: number, market: 'ON_DEMAND' | 'SPOT' = 'ON_DEMAND'): TemplateValue => ({ Name: name, InstanceType: type, InstanceCount: count, Market: market });

function instances(ctx: MapperContext, config: Config): Record<string, TemplateValue> {
  return {
    MasterInstanceGroup: group('Primary', config.primaryInstanceType, config.primaryNodeCount),
    ...(config.coreInstanceCount > 0 ? { CoreInstanceGroup: group('Core', config.coreInstanceType, config.coreInstanceCount) } : {}),
    ...(config.taskInstanceCount > 0 ? { TaskInstanceGroups: [group('Task', config.taskInstanceType, config.taskInstanceCount, config.taskMarket)] } : {}),
    Ec2SubnetId: firstSubnet(ctx),
    KeepJobFlowAliveWhenNoSteps: !config.terminateAfterSteps,
  };
}

/** What the cluster's nodes reach through EMRFS, the DynamoDB connector and the Glue metastore: the instance role's grants. */
function dataGrants(ctx: MapperContext): PolicyStatement[] {
  return [
    ...bucketGrants(ctx),
    // Spark and Hive commit output by writing temporary objects and deleting them.
    ...bucketsWritten(ctx).flatMap((bucket) => s3Delete(bucket.logicalId)),
    ...ctx.sourcesOfKind('dynamodb-table').flatMap((table) => dynamodbRead(table.logicalId, tableKeyArn(ctx, table))),
    ...ctx.targetsOfKind('dynamodb-table').flatMap((table) => dynamodbWrite(table.logicalId, tableKeyArn(ctx, table))),
    ...ctx.sourcesOfKind('glue-data-catalog').flatMap((catalog) => glueCatalog(ref(catalog.logicalId), 'write')),
  ];
}

/**
 * emr-cluster → AWS::EMR::Cluster (release, applications, instance groups, steps) in the first of
 * the pipeline's subnets, with its service role (AmazonEMRServicePolicy_v2 and passing the
 * instance role), the instance profile whose role holds the grants of the cluster's connections,
 * and logs in the first bucket it writes to, or in a bucket of its own.
 */
const mapEmrCluster: Mapper<'emr-cluster'> = (node, config, ctx) => {
  const id = ctx.logicalId;
  const notes: string[] = [];
  const resources: Record<string, CfnResource> = {};
  const instanceRoleId = ctx.derivedId('InstanceRole');
  const profileId = ctx.derivedId('InstanceProfile');
  const serviceRoleId = ctx.derivedId('ServiceRole');

  const written = bucketsWritten(ctx)[0];
  let logBucket = written?.logicalId;
  const statements = dataGrants(ctx);
  if (logBucket === undefined) {
    logBucket = ctx.derivedId('Logs');
    resources[logBucket] = retained({
      Type: 'AWS::S3::Bucket',
      Properties: {
        BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
        PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
        Tags: [...ctx.tags],
      },
    });
    statements.push(...s3Write(logBucket));
  }

  const metastore = ctx.sourcesOfKind('glue-data-catalog').length > 0;
  const configurations = metastore
    ? (['Hive', 'Spark'] as const)
        .filter((app) => config.applications.includes(app))
        .map((app) => ({ Classification: app === 'Hive' ? 'hive-site' : 'spark-hive-site', ConfigurationProperties: GLUE_METASTORE }))
    : [];
  if (metastore && configurations.length === 0) notes.push(`${nodeName(node)}: the Glue Data Catalog is set as metastore for Hive and Spark only, and neither is installed.`);
  for (const warehouse of ctx.targetsOfKind('redshift')) {
    notes.push(`${nodeName(node)}: writes to Redshift "${warehouse.node.label}" over JDBC; its database credentials are not part of the template.`);
  }
  notes.push(`${nodeName(node)}: AmazonEMRServicePolicy_v2 only uses subnets tagged for-use-with-amazon-emr-managed-policies = true; tag the subnet the cluster runs in.`);

  resources[id] = {
    Type: 'AWS::EMR::Cluster',
    Properties: {
      Name: (node.label.trim() || id).slice(0, 256),
      ReleaseLabel: config.releaseLabel,
      Applications: config.applications.map((name) => ({ Name: name })),
      Instances: instances(ctx, config),
      ...(config.steps.length > 0 ? { Steps: config.steps.map(stepConfig) } : {}),
      StepConcurrencyLevel: config.stepConcurrency,
      ...(configurations.length > 0 ? { Configurations: configurations } : {}),
      LogUri: bucketUri(logBucket, 'emr-logs/'),
      JobFlowRole: ref(profileId),
      ServiceRole: ref(serviceRoleId),
      Tags: [...ctx.tags],
    },
  };
  resources[instanceRoleId] = ec2InstanceRole({ description: `Instance role of the nodes of EMR cluster "${node.label}": its data and its logs.`, statements, tags: ctx.tags });
  resources[profileId] = { Type: 'AWS::IAM::InstanceProfile', Properties: { Roles: [ref(instanceRoleId)] } };
  resources[serviceRoleId] = serviceRole({
    service: 'elasticmapreduce.amazonaws.com',
    description: `Lets Amazon EMR run cluster "${node.label}" and hand its instance role to EC2.`,
    // AmazonEMRServicePolicy_v2 passes only the default role names (EMR_EC2_DefaultRole): this one is passed here.
    statements: passRole(instanceRoleId, 'ec2.amazonaws.com'),
    managedPolicyArns: [EMR_SERVICE_POLICY],
    tags: ctx.tags,
  });
  return {
    resources,
    outputs: {
      [ctx.derivedId('ClusterId')]: output(`Id of the EMR cluster "${node.label}"`, ref(id)),
      [ctx.derivedId('InstanceRoleArn')]: output(`Instance role of the EMR cluster "${node.label}"`, getAtt(instanceRoleId, 'Arn')),
    },
    notes,
  };
};

/** Type and count of an instance group read back. */
function readGroup(value: unknown): { type?: string; count?: number; market?: 'ON_DEMAND' | 'SPOT' } {
  const g = plainObject(value);
  return defined({ type: plainString(g?.InstanceType), count: plainNumber(g?.InstanceCount), market: oneOf(g?.Market, ['ON_DEMAND', 'SPOT'] as const) });
}

/** Reads back what mapEmrCluster writes. */
function readEmrCluster(view: ImportView): DeepPartial<Config> {
  const p = view.main.properties;
  const instancesConfig = plainObject(p.Instances);
  const primary = readGroup(instancesConfig?.MasterInstanceGroup);
  const core = readGroup(instancesConfig?.CoreInstanceGroup);
  const task = readGroup(plainArray(instancesConfig?.TaskInstanceGroups)[0]);
  const keepAlive = plainBoolean(instancesConfig?.KeepJobFlowAliveWhenNoSteps);
  // Application names the catalog does not know are left out.
  const applications = plainArray(p.Applications).flatMap((a) => oneOf(plainObject(a)?.Name, APPLICATIONS) ?? []);
  const steps = readSteps(p.Steps).flatMap((step) => {
    const parsed = STEP.safeParse(step);
    return parsed.success ? [parsed.data] : [];
  });
  return defined({
    releaseLabel: plainString(p.ReleaseLabel),
    applications: p.Applications === undefined ? undefined : applications,
    primaryInstanceType: primary.type,
    primaryNodeCount: primary.count === L.primaryNodesSingle.value || primary.count === L.primaryNodesHighAvailability.value ? primary.count : undefined,
    coreInstanceType: core.type,
    // An absent core group is a single-node cluster; likewise no task group is 0 task nodes.
    coreInstanceCount: instancesConfig ? (core.count ?? 0) : undefined,
    taskInstanceType: task.type,
    taskInstanceCount: instancesConfig ? (task.count ?? 0) : undefined,
    taskMarket: task.market,
    steps,
    stepConcurrency: plainNumber(p.StepConcurrencyLevel),
    terminateAfterSteps: keepAlive === undefined ? undefined : !keepAlive,
  });
}

export const emrClusterMapping: KindMapping<'emr-cluster'> = {
  mainType: 'AWS::EMR::Cluster',
  toCfn: mapEmrCluster,
  fromCfn: readEmrCluster,
};
