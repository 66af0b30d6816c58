import type { ConfigOf } from '../../../../shared/catalog/registry';
import { ExportError } from '../../errors';
import { datasyncTags, s3Location, shareLocation, type Location } from './datasync-locations';
import { logGroup } from '../log-group';
import { nodeName, type DeepPartial, type ImportView, type KindMapping, type Mapper, type MapperContext } from '../mapper';
import { defined, oneOf, plainNumber, plainObject, plainString } from '../plain';
import { getAtt, output, ref, sub, type CfnResource, type TemplateValue } from '../template';

type Config = ConfigOf<'datasync'>;

/** Mbit/s to bytes per second (Options BytesPerSecond); -1 is DataSync's "no limit". */
const BYTES_PER_MEGABIT = 125_000;
const NO_LIMIT = -1;

/** The source location: the share or the bucket drawn into the task (one at most, by the kind's port). */
function source(ctx: MapperContext, node: Parameters<Mapper<'datasync'>>[0]): Location {
  const share = ctx.sourcesOfKind('onprem-fileshare')[0];
  if (share) return shareLocation(ctx, share);
  const bucket = ctx.sourcesOfKind('s3-bucket')[0];
  if (bucket) return s3Location(ctx, bucket, 'Source', node.label);
  throw new ExportError(`Cannot export: DataSync ${nodeName(node)} has no source. Connect a file share or an S3 bucket to it.`);
}

/**
 * The resource policy that lets DataSync write task logs into the task's log group ("Allowing
 * DataSync to upload logs to CloudWatch log groups", DataSync user guide), for this account's
 * tasks only. The policy document is a JSON string.
 */
function logPolicy(ctx: MapperContext, logGroupId: string): CfnResource {
  const document = {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Service: 'datasync.amazonaws.com' },
        Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        Resource: `\${${logGroupId}.Arn}`,
        Condition: {
          ArnLike: { 'aws:SourceArn': 'arn:${AWS::Partition}:datasync:${AWS::Region}:${AWS::AccountId}:task/*' },
          StringEquals: { 'aws:SourceAccount': '${AWS::AccountId}' },
        },
      },
    ],
  };
  return { Type: 'AWS::Logs::ResourcePolicy', Properties: { PolicyName: sub(`\${AWS::StackName}-${ctx.logicalId}-datasync-logs`), PolicyDocument: sub(JSON.stringify(document)) } };
}

function options(node: Parameters<Mapper<'datasync'>>[0], config: Config, notes: string[]): Record<string, TemplateValue> {
  const options: Record<string, TemplateValue> = {
    VerifyMode: config.verifyMode,
    TransferMode: config.transferMode,
    PreserveDeletedFiles: config.preserveDeletedFiles ? 'PRESERVE' : 'REMOVE',
    LogLevel: 'BASIC',
  };
  if (config.bandwidthLimitMbps > 0 && config.taskMode === 'ENHANCED') {
    notes.push(`${nodeName(node)}: Enhanced mode takes no bandwidth limit; the ${config.bandwidthLimitMbps} Mbit/s limit is left out.`);
  } else if (config.taskMode === 'BASIC') {
    options.BytesPerSecond = config.bandwidthLimitMbps > 0 ? config.bandwidthLimitMbps * BYTES_PER_MEGABIT : NO_LIMIT;
  }
  return options;
}

/**
 * datasync → AWS::DataSync::Task (main: options, schedule, task mode, CloudWatch logs) from its
 * source location (the connected share through its agent, or a bucket) to an
 * AWS::DataSync::LocationS3 on the connected bucket, with the log group and its resource policy.
 */
const mapDatasync: Mapper<'datasync'> = (node, config, ctx) => {
  const id = ctx.logicalId;
  const notes: string[] = [];
  const bucket = ctx.targetsOfKind('s3-bucket')[0];
  if (!bucket) throw new ExportError(`Cannot export: DataSync ${nodeName(node)} has no destination. Connect it to an S3 bucket.`);
  const from = source(ctx, node);
  const to = s3Location(ctx, bucket, 'Destination', node.label);
  const logGroupId = ctx.derivedId('LogGroup');
  const resources: Record<string, CfnResource> = {
    ...from.resources,
    ...to.resources,
    [logGroupId]: logGroup(ctx, '/aws/datasync'),
    [ctx.derivedId('LogPolicy')]: logPolicy(ctx, logGroupId),
  };
  resources[id] = {
    Type: 'AWS::DataSync::Task',
    Properties: {
      SourceLocationArn: ref(from.id),
      DestinationLocationArn: ref(to.id),
      TaskMode: config.taskMode,
      Options: options(node, config, notes),
      ...(config.schedule === '' ? {} : { Schedule: { ScheduleExpression: config.schedule } }),
      CloudWatchLogGroupArn: getAtt(logGroupId, 'Arn'),
      Tags: datasyncTags(ctx.tags),
    },
  };
  return { resources, outputs: { [ctx.derivedId('TaskArn')]: output(`ARN of the DataSync task "${node.label}"`, ref(id)) }, notes };
};

/** Reads back the task's options, mode and schedule. */
function readDatasync(view: ImportView): DeepPartial<Config> {
  const p = view.main.properties;
  const o = plainObject(p.Options);
  const bytes = plainNumber(o?.BytesPerSecond);
  const preserve = oneOf(o?.PreserveDeletedFiles, ['PRESERVE', 'REMOVE'] as const);
  return defined({
    schedule: p.Schedule === undefined ? '' : plainString(plainObject(p.Schedule)?.ScheduleExpression),
    bandwidthLimitMbps: bytes === undefined ? undefined : bytes > 0 ? Math.round(bytes / BYTES_PER_MEGABIT) : 0,
    verifyMode: oneOf(o?.VerifyMode, ['ONLY_FILES_TRANSFERRED', 'POINT_IN_TIME_CONSISTENT', 'NONE'] as const),
    transferMode: oneOf(o?.TransferMode, ['CHANGED', 'ALL'] as const),
    taskMode: oneOf(p.TaskMode, ['BASIC', 'ENHANCED'] as const),
    preserveDeletedFiles: preserve === undefined ? undefined : preserve === 'PRESERVE',
  });
}

export const datasyncMapping: KindMapping<'datasync'> = {
  mainType: 'AWS::DataSync::Task',
  toCfn: mapDatasync,
  fromCfn: readDatasync,
};
