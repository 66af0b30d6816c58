import type { ConfigOf } from '../../../../shared/catalog/registry';
import { kinesisStreamRead, kmsUse, s3ObjectRead, s3Read, serviceRole } from '../../iam/grants';
import { streamKeyArn } from './kinesis-data-stream';
import { nodeName, type DeepPartial, type ImportView, type KindMapping, type Mapper } from '../mapper';
import { defined, oneOf, plainBoolean, plainNumber, plainObject } from '../plain';
import { bucketKeyArn } from '../references';
import { constantCase, streamWrites } from '../stream-writes';
import { getAtt, output, ref, type TemplateValue } from '../template';

type Config = ConfigOf<'kinesis-analytics'>;
type Flink = Extract<Config['application'], { runtime: 'FLINK' }>;

/** The property group the application reads its connections from (Flink's KinesisAnalyticsRuntime.getApplicationProperties()). */
export const CONNECTIONS_GROUP = 'pipewright.connections';

const FLINK_VERSIONS = ['FLINK-1_20', 'FLINK-1_19', 'FLINK-1_18'] as const;

/** Checkpointing on is Managed Flink's DEFAULT configuration; off needs a CUSTOM one. */
const checkpoints = (app: Flink): TemplateValue => (app.checkpointing ? { ConfigurationType: 'DEFAULT' } : { ConfigurationType: 'CUSTOM', CheckpointingEnabled: false });

/**
 * kinesis-analytics → an AWS::KinesisAnalyticsV2::Application running Apache Flink: runtime,
 * parallelism and auto scaling, checkpointing, code from S3 (bucket and key are parameters), the
 * names of its streams and buckets as application properties, and a role that reads its input
 * streams and reference data and writes its outputs. SQL applications are not exported: AWS
 * stopped creating them on 15 October 2025.
 */
const mapKinesisAnalytics: Mapper<'kinesis-analytics'> = (node, config, ctx) => {
  const app = config.application;
  if (app.runtime === 'SQL') {
    return { resources: {}, notes: [`${nodeName(node)} is a SQL application, which AWS no longer creates (since 15 October 2025): it is not exported; rebuild it on Apache Flink.`] };
  }
  const id = ctx.logicalId;
  const roleId = ctx.derivedId('Role');
  const notes = [
    `${nodeName(node)}: ${app.function === 'none' ? 'its' : app.function} computation over ${config.windowType} windows of ${config.windowSeconds} s lives in the application code, which the template only points to.`,
  ];
  const bucket = ctx.parameter(`${id}CodeS3Bucket`, { Type: 'String', Description: `Bucket holding the application package of "${node.label}".`, AllowedPattern: '^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$' });
  const key = ctx.parameter(`${id}CodeS3Key`, { Type: 'String', Description: `Key of the application package (.jar or .zip) of "${node.label}".`, MinLength: 1 });

  const writes = streamWrites(ctx);
  const statements = [...writes.statements, ...s3ObjectRead({ 'Fn::Sub': ['arn:${AWS::Partition}:s3:::${Bucket}/${Key}', { Bucket: bucket, Key: key }] } as TemplateValue)];
  const properties: Record<string, TemplateValue> = { ...writes.locations };
  for (const stream of ctx.sourcesOfKind('kinesis-data-stream')) {
    statements.push(...kinesisStreamRead(stream.logicalId), ...kmsUse(streamKeyArn(ctx, stream), ['kms:Decrypt']));
    properties[`${constantCase(stream.logicalId)}_STREAM`] = ref(stream.logicalId);
  }
  for (const reference of ctx.sourcesOfKind('s3-bucket')) {
    statements.push(...s3Read(reference.logicalId, bucketKeyArn(ctx, reference)));
    properties[`${constantCase(reference.logicalId)}_BUCKET`] = ref(reference.logicalId);
  }
  for (const delivery of ctx.sourcesOfKind('kinesis-firehose')) {
    notes.push(`${nodeName(node)}: only SQL applications read a Firehose delivery stream; the input from ${nodeName(delivery.node)} is not exported.`);
  }

  const configuration: Record<string, TemplateValue> = {
    ApplicationCodeConfiguration: { CodeContentType: 'ZIPFILE', CodeContent: { S3ContentLocation: { BucketARN: { 'Fn::Sub': ['arn:${AWS::Partition}:s3:::${Bucket}', { Bucket: bucket }] } as TemplateValue, FileKey: key } } },
    FlinkApplicationConfiguration: {
      ParallelismConfiguration: { ConfigurationType: 'CUSTOM', Parallelism: app.parallelism, ParallelismPerKPU: app.parallelismPerKpu, AutoScalingEnabled: app.autoScaling },
      CheckpointConfiguration: checkpoints(app),
    },
  };
  if (Object.keys(properties).length > 0) configuration.EnvironmentProperties = { PropertyGroups: [{ PropertyGroupId: CONNECTIONS_GROUP, PropertyMap: properties }] };
  return {
    resources: {
      [id]: {
        Type: 'AWS::KinesisAnalyticsV2::Application',
        Properties: { RuntimeEnvironment: app.flinkVersion, ServiceExecutionRole: getAtt(roleId, 'Arn'), ApplicationConfiguration: configuration, Tags: [...ctx.tags] },
      },
      [roleId]: serviceRole({ service: 'kinesisanalytics.amazonaws.com', description: `Lets the Flink application "${node.label}" read its code and sources and write its outputs.`, statements, tags: ctx.tags }),
    },
    outputs: { [ctx.derivedId('Name')]: output(`Name of the Flink application "${node.label}"`, ref(id)) },
    notes,
  };
};

/** Reads back the Flink application's runtime, parallelism and checkpointing. */
function readKinesisAnalytics(view: ImportView): DeepPartial<Config> {
  const p = view.main.properties;
  const flinkVersion = oneOf(p.RuntimeEnvironment, FLINK_VERSIONS);
  if (flinkVersion === undefined) return {};
  const flink = plainObject(plainObject(p.ApplicationConfiguration)?.FlinkApplicationConfiguration);
  const parallelism = plainObject(flink?.ParallelismConfiguration);
  const custom = parallelism?.ConfigurationType === 'CUSTOM';
  const checkpoint = plainObject(flink?.CheckpointConfiguration);
  const checkpointing = checkpoint === undefined ? undefined : checkpoint.ConfigurationType === 'DEFAULT' ? true : plainBoolean(checkpoint.CheckpointingEnabled);
  return {
    application: {
      runtime: 'FLINK',
      flinkVersion,
      ...defined({
        parallelism: custom ? plainNumber(parallelism.Parallelism) : undefined,
        parallelismPerKpu: custom ? plainNumber(parallelism.ParallelismPerKPU) : undefined,
        autoScaling: custom ? plainBoolean(parallelism.AutoScalingEnabled) : undefined,
        checkpointing,
      }),
    },
  };
}

export const kinesisAnalyticsMapping: KindMapping<'kinesis-analytics'> = {
  mainType: 'AWS::KinesisAnalyticsV2::Application',
  toCfn: mapKinesisAnalytics,
  fromCfn: readKinesisAnalytics,
};
