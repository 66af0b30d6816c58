import type { ConfigOf } from '../../../../shared/catalog/registry';
import { ec2InstanceRole, s3Read, s3Write, serviceRole } from '../../iam/grants';
import { nodeName, type DeepPartial, type ImportView, type KindMapping, type Mapper } from '../mapper';
import { completeItems, defined, oneOf, plainObjects, plainString, type Plain } from '../plain';
import { bucketKeyArn, bucketUri } from '../references';
import { ref, sub, type CfnResource, type TemplateValue } from '../template';

type Config = ConfigOf<'data-pipeline'>;
type Activity = Config['activities'][number];

/** The AWS managed policies of "IAM roles for AWS Data Pipeline": the pipeline's (launches EC2/EMR) and its instances'. */
const PIPELINE_ROLE_POLICY = sub('arn:${AWS::Partition}:iam::aws:policy/service-role/AWSDataPipelineRole');
const RESOURCE_ROLE_POLICY = sub('arn:${AWS::Partition}:iam::aws:policy/service-role/AmazonEC2RoleforDataPipelineRole');
const SCHEDULE_ID = 'DefaultSchedule';

type Field = { Key: string; StringValue: TemplateValue } | { Key: string; RefValue: string };
const text = (key: string, value: TemplateValue): Field => ({ Key: key, StringValue: value });
const refTo = (key: string, id: string): Field => ({ Key: key, RefValue: id });
const object = (id: string, name: string, fields: Field[]): TemplateValue => ({ Id: id, Name: name, Fields: fields });

/** Object ids are the activity names with anything but letters, digits, - and _ replaced. */
const objectId = (name: string): string => `Activity-${name.replace(/[^A-Za-z0-9_-]/g, '_')}`;

/**
 * The activities as pipeline objects. Data flows as drawn: activities that depend on none read
 * every S3 input, and activities none depends on write every S3 output.
 */
function activityObjects(config: Config, inputs: string[], outputs: string[]): TemplateValue[] {
  const dependedOn = new Set(config.activities.flatMap((a) => a.dependsOn));
  return config.activities.map((activity) =>
    object(objectId(activity.name), activity.name, [
      text('type', activity.type),
      refTo('runsOn', activity.runsOn),
      ...activity.dependsOn.map((name) => refTo('dependsOn', objectId(name))),
      ...(activity.dependsOn.length === 0 ? inputs.map((id) => refTo('input', id)) : []),
      ...(dependedOn.has(activity.name) ? [] : outputs.map((id) => refTo('output', id))),
    ]),
  );
}

/**
 * data-pipeline → AWS::DataPipeline::Pipeline, created inactive: the settings give its schedule,
 * activities and their order, but not what each activity runs (SQL, commands, EMR steps), which
 * must be added before it is activated. Its two roles: the pipeline's, and its instances' with the
 * reads and writes of its S3 connections.
 */
const mapDataPipeline: Mapper<'data-pipeline'> = (node, config, ctx) => {
  const id = ctx.logicalId;
  const notes = [
    `${nodeName(node)}: AWS Data Pipeline is closed to new customers; accounts that never used it cannot deploy this pipeline. Prefer Step Functions with Glue jobs for new designs.`,
    `${nodeName(node)} is created inactive: add what each activity runs (SQL, command, EMR step) and then activate it.`,
  ];
  const inputs = ctx.sourcesOfKind('s3-bucket');
  const outputs = ctx.targetsOfKind('s3-bucket');
  if (ctx.incoming.some((e) => e.targetPort === 'rows') || ctx.outgoing.some((e) => e.sourcePort === 'rows')) {
    notes.push(`${nodeName(node)}: database data nodes (SQL, DynamoDB, Redshift) need connection details the export does not have; add them by hand.`);
  }
  if (ctx.outgoing.some((e) => e.sourcePort === 'starts')) notes.push(`${nodeName(node)}: its EMR activities run on clusters the pipeline launches; to use the connected EMR cluster, add its id to the activities.`);
  const roleId = ctx.derivedId('PipelineRole');
  const resourceRoleId = ctx.derivedId('ResourceRole');
  const profileId = ctx.derivedId('InstanceProfile');
  const emr = config.activities.some((a) => a.runsOn === 'EmrCluster');
  const pipelineRole = serviceRole({ service: 'datapipeline.amazonaws.com', description: `Lets AWS Data Pipeline "${node.label}" launch its instances.`, statements: [], managedPolicyArns: [PIPELINE_ROLE_POLICY], tags: ctx.tags });
  if (emr) {
    // EMR clusters the pipeline launches assume the same role ("IAM roles for AWS Data Pipeline").
    const trust = pipelineRole.Properties.AssumeRolePolicyDocument as { Statement: { Principal: { Service: TemplateValue } }[] };
    trust.Statement[0]!.Principal.Service = ['datapipeline.amazonaws.com', 'elasticmapreduce.amazonaws.com'];
  }
  const resources: Record<string, CfnResource> = {
    [roleId]: pipelineRole,
    [resourceRoleId]: ec2InstanceRole({
      description: `Instances of AWS Data Pipeline "${node.label}": run its activities on its S3 inputs and outputs.`,
      statements: [...inputs.flatMap((b) => s3Read(b.logicalId, bucketKeyArn(ctx, b))), ...outputs.flatMap((b) => s3Write(b.logicalId, bucketKeyArn(ctx, b)))],
      managedPolicyArns: [RESOURCE_ROLE_POLICY],
      tags: ctx.tags,
    }),
    // Data Pipeline names the instance profile by the resource role's name, so both share it.
    [profileId]: { Type: 'AWS::IAM::InstanceProfile', Properties: { InstanceProfileName: ref(resourceRoleId), Roles: [ref(resourceRoleId)] } },
  };
  const inputIds = inputs.map((_, i) => `S3Input${i + 1}`);
  const outputIds = outputs.map((_, i) => `S3Output${i + 1}`);
  const scheduled = config.scheduleType !== 'ondemand';
  const objects: TemplateValue[] = [
    object('Default', 'Default', [
      text('type', 'Default'),
      text('scheduleType', config.scheduleType),
      text('failureAndRerunMode', 'CASCADE'),
      text('role', ref(roleId)),
      text('resourceRole', ref(resourceRoleId)),
      ...(scheduled ? [refTo('schedule', SCHEDULE_ID)] : []),
    ]),
    ...(scheduled ? [object(SCHEDULE_ID, SCHEDULE_ID, [text('type', 'Schedule'), text('period', config.period), text('startAt', 'FIRST_ACTIVATION_DATE_TIME')])] : []),
    ...[...new Set(config.activities.map((a) => a.runsOn))].map((type) => object(type, type, [text('type', type)])),
    ...inputs.map((b, i) => object(inputIds[i]!, `${b.node.label} (input)`, [text('type', 'S3DataNode'), text('directoryPath', bucketUri(b.logicalId))])),
    ...outputs.map((b, i) => object(outputIds[i]!, `${b.node.label} (output)`, [text('type', 'S3DataNode'), text('directoryPath', bucketUri(b.logicalId))])),
    ...activityObjects(config, inputIds, outputIds),
  ];
  resources[id] = {
    Type: 'AWS::DataPipeline::Pipeline',
    DependsOn: [profileId],
    Properties: { Name: node.label.trim() || id, Activate: false, PipelineObjects: objects, PipelineTags: [...ctx.tags] },
  };
  return { resources, outputs: {}, notes };
};

/** The fields of a pipeline object by key (a key may repeat: dependsOn, input). */
function fields(o: Plain): { string(key: string): string | undefined; refs(key: string): string[] } {
  const list = plainObjects(o.Fields);
  return {
    string: (key) => plainString(list.find((f) => f.Key === key)?.StringValue),
    refs: (key) => list.filter((f) => f.Key === key).flatMap((f) => plainString(f.RefValue) ?? []),
  };
}

function fromCfn(view: ImportView): DeepPartial<Config> {
  const objects = plainObjects(view.main.properties.PipelineObjects);
  const byId = new Map(objects.map((o) => [plainString(o.Id), o]));
  const typeOf = (o: Plain | undefined) => (o ? fields(o).string('type') : undefined);
  const defaults = byId.get('Default');
  const schedule = objects.find((o) => typeOf(o) === 'Schedule');
  const nameOf = (objectId: string) => plainString(byId.get(objectId)?.Name);
  const activities = objects.flatMap((o): Activity[] => {
    const type = oneOf(typeOf(o), ['CopyActivity', 'RedshiftCopyActivity', 'SqlActivity', 'ShellCommandActivity', 'EmrActivity', 'HiveActivity', 'HiveCopyActivity', 'PigActivity', 'HadoopActivity'] as const);
    const name = plainString(o.Name);
    const runsOn = oneOf(typeOf(byId.get(fields(o).refs('runsOn')[0])), ['Ec2Resource', 'EmrCluster'] as const);
    if (!type || name === undefined || !runsOn) return [];
    return [{ name, type, runsOn, dependsOn: fields(o).refs('dependsOn').flatMap((ref) => nameOf(ref) ?? []) }];
  });
  return defined({
    scheduleType: oneOf(defaults && fields(defaults).string('scheduleType'), ['cron', 'timeseries', 'ondemand'] as const),
    period: schedule && fields(schedule).string('period'),
    activities: completeItems('data-pipeline', 'activities', activities),
  });
}

export const dataPipelineMapping: KindMapping<'data-pipeline'> = {
  mainType: 'AWS::DataPipeline::Pipeline',
  toCfn: mapDataPipeline,
  fromCfn,
};
