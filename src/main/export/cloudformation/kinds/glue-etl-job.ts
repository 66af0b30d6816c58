import type { ConfigOf } from '../../../../shared/catalog/registry';
import { dynamodbRead, dynamodbWrite, glueCatalog, kmsUse, s3Delete, s3Read, s3Write, serviceRole } from '../../iam/grants';
import type { PolicyStatement } from '../../iam/policy';
import { bucketsRead, bucketsWritten } from '../connected-buckets';
import { encryptionKeyArn } from '../encryption-key';
import { GLUE_SERVICE_ROLE_POLICY } from './glue-crawler';
import { glueTrigger, readTrigger } from './glue-trigger';
import { nodeName, type DeepPartial, type ImportView, type KindMapping, type Mapper, type MapperContext } from '../mapper';
import { defined, oneOf, plainNumber, plainObject, plainString } from '../plain';
import { bucketKeyArn, exportsResource } from '../references';
import { getAtt, output, ref, sub, tagMap, type CfnResource, type TemplateValue } from '../template';

type Config = ConfigOf<'glue-etl-job'>;
type Node = Parameters<Mapper<'glue-etl-job'>>[0];

const BOOKMARK_ARGUMENT = '--job-bookmark-option';
const AUTO_SCALING_ARGUMENT = '--enable-auto-scaling';
/** Auto scaling exists from Glue 3.0 ("Using auto scaling for AWS Glue", AWS Glue guide). */
const AUTO_SCALING_MIN_VERSION = 3;

/** The reads on its sources and writes on its targets that the job's edges call for, with what cannot be granted here. */
function connectionGrants(node: Node, ctx: MapperContext): { statements: PolicyStatement[]; notes: string[] } {
  const statements: PolicyStatement[] = [];
  const notes: string[] = [];
  // Buckets reached directly or through an S3 gateway endpoint.
  for (const bucket of bucketsRead(ctx)) statements.push(...s3Read(bucket.logicalId, bucketKeyArn(ctx, bucket)));
  // Spark commits output by writing temporary objects, then copying (read) and deleting them.
  for (const bucket of bucketsWritten(ctx)) {
    const key = bucketKeyArn(ctx, bucket);
    statements.push(...s3Write(bucket.logicalId, key), ...s3Read(bucket.logicalId, key), ...s3Delete(bucket.logicalId));
  }
  for (const catalog of ctx.sourcesOfKind('glue-data-catalog')) statements.push(...glueCatalog(ref(catalog.logicalId), 'read'));
  for (const catalog of ctx.targetsOfKind('glue-data-catalog')) statements.push(...glueCatalog(ref(catalog.logicalId), 'write'));
  if (exportsResource('dynamodb-table')) {
    for (const table of ctx.sourcesOfKind('dynamodb-table')) statements.push(...dynamodbRead(table.logicalId, encryptionKeyArn(ctx, table.node.id, '')));
    for (const table of ctx.targetsOfKind('dynamodb-table')) statements.push(...dynamodbWrite(table.logicalId, encryptionKeyArn(ctx, table.node.id, '')));
  }
  const jdbc = [...ctx.sourcesOfKind('rds'), ...ctx.targetsOfKind('rds'), ...ctx.sourcesOfKind('redshift'), ...ctx.targetsOfKind('redshift')];
  for (const store of jdbc) {
    notes.push(`${nodeName(node)}: reaching ${nodeName(store.node)} needs a Glue JDBC connection (URL, credentials secret, VPC subnet and security group), which the export does not create; add it to Connections by hand.`);
  }
  const neighbours = [...ctx.incoming.map((e) => e.source), ...ctx.outgoing.map((e) => e.target)];
  if (neighbours.some((id) => ctx.pipeline.nodes.find((n) => n.id === id)?.kind === 'vpc-endpoint')) {
    notes.push(`${nodeName(node)}: reaching S3 through the VPC endpoint needs a Glue NETWORK connection in that VPC, which the export does not create.`);
  }
  return { statements, notes };
}

/**
 * The security configuration for a connected KMS key: S3 targets SSE-KMS and job bookmarks CSE-KMS
 * ("Encrypting data written by AWS Glue"). CloudWatch Logs encryption would also need the key
 * policy to trust the Logs service, so it is left off.
 */
function securityConfiguration(ctx: MapperContext, keyArn: TemplateValue): CfnResource {
  return {
    Type: 'AWS::Glue::SecurityConfiguration',
    Properties: {
      // Names are unique per account and Region: the stack name keeps two deployments apart.
      Name: sub(`\${AWS::StackName}-${ctx.logicalId}`),
      EncryptionConfiguration: {
        S3Encryptions: [{ S3EncryptionMode: 'SSE-KMS', KmsKeyArn: keyArn }],
        JobBookmarksEncryption: { JobBookmarksEncryptionMode: 'CSE-KMS', KmsKeyArn: keyArn },
      },
    },
  };
}

/** The S3 object ARN of an s3://bucket/key parameter (arn:…:s3:::bucket/key), for the role to read the script. */
function scriptObjectArn(location: TemplateValue): TemplateValue {
  return { 'Fn::Sub': ['arn:${AWS::Partition}:s3:::${Path}', { Path: { 'Fn::Select': [1, { 'Fn::Split': ['s3://', location] }] } }] } as TemplateValue;
}

/** Capacity, execution class and the Glue job arguments the settings decide. */
function jobSettings(node: Node, config: Config): { properties: Record<string, TemplateValue>; notes: string[] } {
  const notes: string[] = [];
  const args: Record<string, string> = { [BOOKMARK_ARGUMENT]: `job-bookmark-${config.jobBookmarks}` };
  const properties: Record<string, TemplateValue> = { GlueVersion: config.glueVersion };
  if (config.capacity.mode === 'workers') {
    properties.WorkerType = config.capacity.workerType;
    properties.NumberOfWorkers = config.capacity.numberOfWorkers;
    if (config.capacity.autoScaling && Number(config.glueVersion) >= AUTO_SCALING_MIN_VERSION) args[AUTO_SCALING_ARGUMENT] = 'true';
    else if (config.capacity.autoScaling) notes.push(`${nodeName(node)}: auto scaling needs Glue 3.0 or later; Glue ${config.glueVersion} runs all ${config.capacity.numberOfWorkers} workers.`);
  } else {
    properties.MaxCapacity = config.capacity.maxCapacityDpus;
  }
  return { properties: { ...properties, ExecutionClass: config.executionClass, Timeout: config.timeoutMinutes, MaxRetries: config.maxRetries, DefaultArguments: args }, notes };
}

/**
 * glue-etl-job → AWS::Glue::Job (a Spark "glueetl" job whose script is a parameter), the role it
 * runs as, a security configuration for a connected KMS key, and a Glue trigger when its settings
 * declare a schedule or a condition. Schedule nodes and Step Functions start it from their side.
 */
const mapGlueEtlJob: Mapper<'glue-etl-job'> = (node, config, ctx) => {
  const id = ctx.logicalId;
  const roleId = ctx.derivedId('Role');
  const script = ctx.parameter(`${id}ScriptLocation`, {
    Type: 'String',
    Description: `S3 URI of the PySpark script of the Glue job "${node.label}".`,
    Default: `s3://replace-with-your-scripts-bucket/scripts/${id}.py`,
    AllowedPattern: '^s3://[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]/.+$',
    ConstraintDescription: 'an S3 URI such as s3://bucket/scripts/job.py',
  });
  const { statements, notes } = connectionGrants(node, ctx);
  const settings = jobSettings(node, config);
  notes.push(...settings.notes);
  const transforms = config.transformations.map((t) => t.type).join(', ') || 'none';
  notes.push(
    `${nodeName(node)}: the job's script is not generated. Upload one that reads ${config.inputFormat}, applies ${transforms} and writes ${config.outputFormat}` +
      (config.partitionKeys.length > 0 ? ` partitioned by ${config.partitionKeys.join(', ')}` : '') +
      `, and set the parameter ${id}ScriptLocation.`,
  );

  const resources: Record<string, CfnResource> = {};
  const properties: Record<string, TemplateValue> = {
    Role: getAtt(roleId, 'Arn'),
    Command: { Name: 'glueetl', ScriptLocation: script, PythonVersion: '3' },
    ...settings.properties,
    Tags: tagMap(ctx.tags),
  };
  // One security configuration per job; with several keys connected, the first one is used.
  const keys = ctx.sourcesOfKind('kms-key');
  const keyArn = keys[0] && getAtt(keys[0].logicalId, 'Arn');
  if (keyArn) {
    const securityId = ctx.derivedId('SecurityConfiguration');
    resources[securityId] = securityConfiguration(ctx, keyArn);
    properties.SecurityConfiguration = ref(securityId);
    statements.push(...kmsUse(keyArn, ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey']));
    if (keys.length > 1) notes.push(`${nodeName(node)}: one security configuration uses ${nodeName(keys[0]!.node)} for S3 and bookmarks; the other keys are not used.`);
  }
  resources[id] = { Type: 'AWS::Glue::Job', Properties: properties };
  resources[roleId] = serviceRole({
    service: 'glue.amazonaws.com',
    description: `Lets the Glue job "${node.label}" read its script and sources and write its targets.`,
    statements: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: [scriptObjectArn(script)] }, ...statements],
    managedPolicyArns: [GLUE_SERVICE_ROLE_POLICY],
    tags: ctx.tags,
  });
  const trigger = glueTrigger(ctx, node, config.trigger);
  if (trigger.resource) resources[ctx.derivedId('Trigger')] = trigger.resource;
  notes.push(...trigger.notes);
  return {
    resources,
    outputs: { [ctx.derivedId('Name')]: output(`Name of the Glue job "${node.label}"`, ref(id)) },
    notes,
  };
};

function fromCfn(view: ImportView): DeepPartial<Config> {
  const p = view.main.properties;
  const args = plainObject(p.DefaultArguments);
  const bookmark = plainString(args?.[BOOKMARK_ARGUMENT])?.replace(/^job-bookmark-/, '');
  const workerType = oneOf(p.WorkerType, ['G.1X', 'G.2X', 'G.4X', 'G.8X', 'G.12X', 'G.16X'] as const);
  const numberOfWorkers = plainNumber(p.NumberOfWorkers);
  const maxCapacityDpus = plainNumber(p.MaxCapacity);
  const capacity =
    workerType !== undefined
      ? defined({ mode: 'workers' as const, workerType, numberOfWorkers, autoScaling: args === undefined ? undefined : plainString(args[AUTO_SCALING_ARGUMENT]) === 'true' })
      : maxCapacityDpus !== undefined
        ? { mode: 'max-capacity' as const, maxCapacityDpus }
        : undefined;
  return defined({
    glueVersion: oneOf(p.GlueVersion, ['1.0', '2.0', '3.0', '4.0', '5.0'] as const),
    capacity,
    executionClass: oneOf(p.ExecutionClass, ['STANDARD', 'FLEX'] as const),
    jobBookmarks: oneOf(bookmark, ['enable', 'disable', 'pause'] as const),
    timeoutMinutes: plainNumber(p.Timeout),
    maxRetries: plainNumber(p.MaxRetries),
    trigger: readTrigger(view.referencing),
  });
}

export const glueEtlJobMapping: KindMapping<'glue-etl-job'> = {
  mainType: 'AWS::Glue::Job',
  toCfn: mapGlueEtlJob,
  fromCfn,
};
