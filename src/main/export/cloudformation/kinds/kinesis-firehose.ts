import type { ConfigOf } from '../../../../shared/catalog/registry';
import type { PipelineNode } from '../../../../shared/model/pipeline';
import { ExportError } from '../../errors';
import { firehoseDeliveryRole } from '../../iam/firehose-delivery-role';
import { kinesisStreamRead, kmsUse, logsWrite } from '../../iam/grants';
import type { PolicyStatement } from '../../iam/policy';
import { encryptionKeyArn } from '../encryption-key';
import { readKinesisFirehose } from './firehose-read';
import { DESTINATION_PROPERTY, destinationConfiguration, type Destination } from './firehose-destinations';
import { processing } from './firehose-processing';
import { streamKeyArn } from './kinesis-data-stream';
import { logGroup } from '../log-group';
import { nodeName, type KindMapping, type Mapper, type MapperContext } from '../mapper';
import { getAtt, output, ref, type CfnResource, type TemplateValue } from '../template';

export { ERROR_OUTPUT_PREFIX } from './firehose-processing';

/** Firehose's own names for its error log streams, as the console creates them. */
const LOG_STREAMS = { destination: 'DestinationDelivery', backup: 'BackupDelivery' } as const;

/** The destination: the HTTP endpoint of the settings, else the node on the delivery port. */
function destinationOf(ctx: MapperContext, node: PipelineNode, config: ConfigOf<'kinesis-firehose'>): Destination {
  const delivery = ctx.outgoing.filter((e) => (e.sourcePort ?? 'delivery') === 'delivery').map((e) => e.target);
  if (config.httpEndpoint.enabled) {
    if (delivery.length > 0) throw new ExportError(`Cannot export: Firehose ${nodeName(node)} delivers to its HTTP endpoint and to a connected destination; a delivery stream has one destination.`);
    return { kind: 'http' };
  }
  const on = <T extends { node: PipelineNode }>(connected: T[]): T | undefined => connected.find((c) => c.node.id === delivery[0]);
  const s3 = on(ctx.targetsOfKind('s3-bucket'));
  if (s3) return { kind: 's3-bucket', target: s3 };
  const redshift = on(ctx.targetsOfKind('redshift'));
  if (redshift) return { kind: 'redshift', target: redshift };
  const opensearch = on(ctx.targetsOfKind('opensearch'));
  if (opensearch) return { kind: 'opensearch', target: opensearch };
  const splunk = on(ctx.targetsOfKind('splunk'));
  if (splunk) return { kind: 'splunk', target: splunk };
  throw new ExportError(`Cannot export: Firehose ${nodeName(node)} has no destination. Connect it to an S3 bucket.`);
}

/**
 * The source: Direct PUT (producers, IoT rules, Flink, Lambda, or nothing yet) or one Kinesis data
 * stream, never both (a stream-sourced delivery stream refuses PutRecord), with the stream's grants.
 */
function sourceOf(ctx: MapperContext, node: PipelineNode, roleArn: TemplateValue): { properties: Record<string, TemplateValue>; statements: PolicyStatement[]; fromStream: boolean } {
  const records = ctx.incoming.filter((e) => (e.targetPort ?? 'records') === 'records');
  const streams = ctx.sourcesOfKind('kinesis-data-stream');
  if (streams.length === 0) return { properties: { DeliveryStreamType: 'DirectPut' }, statements: [], fromStream: false };
  if (streams.length > 1 || records.length > 1) {
    throw new ExportError(`Cannot export: Firehose ${nodeName(node)} reads a Kinesis data stream and has other inputs; a delivery stream has one source (one stream, or Direct PUT).`);
  }
  const stream = streams[0]!;
  return {
    properties: { DeliveryStreamType: 'KinesisStreamAsSource', KinesisStreamSourceConfiguration: { KinesisStreamARN: getAtt(stream.logicalId, 'Arn'), RoleARN: roleArn } },
    statements: [...kinesisStreamRead(stream.logicalId), ...kmsUse(streamKeyArn(ctx, stream), ['kms:Decrypt'])],
    fromStream: true,
  };
}

/**
 * kinesis-firehose → AWS::KinesisFirehose::DeliveryStream from its source (Direct PUT or a Kinesis
 * data stream) to its destination (S3, Redshift, OpenSearch, Splunk, HTTP endpoint), with format
 * conversion, Lambda transform, dynamic partitioning, S3 backup, error logs in their own log group,
 * SSE for Direct PUT, and one role holding the grants of all of these.
 */
const mapKinesisFirehose: Mapper<'kinesis-firehose'> = (node, config, ctx) => {
  const id = ctx.logicalId;
  const notes: string[] = [];
  const destination = destinationOf(ctx, node, config);
  const roleId = ctx.derivedId('DeliveryRole');
  const roleArn = getAtt(roleId, 'Arn');
  const source = sourceOf(ctx, node, roleArn);

  const logGroupId = ctx.derivedId('LogGroup');
  const logs: Record<string, CfnResource> = { [logGroupId]: logGroup(ctx, '/aws/kinesisfirehose') };
  const logStreamIds: Partial<Record<keyof typeof LOG_STREAMS, string>> = {};
  const logging = (stream: keyof typeof LOG_STREAMS): TemplateValue => {
    const streamId = (logStreamIds[stream] ??= ctx.derivedId(`${LOG_STREAMS[stream]}LogStream`));
    logs[streamId] = { Type: 'AWS::Logs::LogStream', Properties: { LogGroupName: ref(logGroupId), LogStreamName: LOG_STREAMS[stream] } };
    return { Enabled: true, LogGroupName: ref(logGroupId), LogStreamName: ref(streamId) };
  };

  const processors = processing(node, config);
  const stagingEdge = ctx.outgoing.find((e) => e.sourcePort === 'staging');
  const staging = ctx.targetsOfKind('s3-bucket').find((b) => b.node.id === stagingEdge?.target);
  const delivered = destinationConfiguration({ ctx, node, config, roleArn, staging, logging, processing: processors?.value, notes }, destination);

  const properties: Record<string, TemplateValue> = { ...source.properties, [DESTINATION_PROPERTY[destination.kind]]: delivered.value };
  const key = encryptionKeyArn(ctx, node.id, '');
  if (key !== undefined && source.fromStream) {
    notes.push(`Firehose ${nodeName(node)}: its KMS key is not used, since it reads a Kinesis data stream whose own encryption applies (connect the key to the stream).`);
  } else if (key !== undefined) {
    properties.DeliveryStreamEncryptionConfigurationInput = { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: key };
  }
  properties.Tags = [...ctx.tags];

  const target = destination.kind === 'http' ? 'its HTTP endpoint' : `"${destination.target.node.label}"`;
  const role = firehoseDeliveryRole(
    `Lets Firehose "${node.label}" read its source and deliver to ${target}.`,
    [...source.statements, ...delivered.statements, ...(processors?.statements ?? []), ...logsWrite(logGroupId)],
    ctx.tags,
  );
  return {
    resources: { [id]: { Type: 'AWS::KinesisFirehose::DeliveryStream', Properties: properties }, [roleId]: role, ...logs },
    outputs: {
      [ctx.derivedId('Name')]: output(`Name of the delivery stream "${node.label}"`, ref(id)),
      [ctx.derivedId('Arn')]: output(`ARN of the delivery stream "${node.label}"`, getAtt(id, 'Arn')),
    },
    notes,
  };
};

export const kinesisFirehoseMapping: KindMapping<'kinesis-firehose'> = {
  mainType: 'AWS::KinesisFirehose::DeliveryStream',
  toCfn: mapKinesisFirehose,
  fromCfn: readKinesisFirehose,
};
