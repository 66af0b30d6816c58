import { KINDS, type ConfigOf, type KindId } from '../../../shared/catalog/registry';
import type { Pipeline, PipelineNode } from '../../../shared/model/pipeline';
import { ExportError } from '../errors';
import { firehoseDeliveryRole } from '../iam/firehose-delivery-role';
import { nodeName, type KindMapping, type Mapper } from './mapper';
import { getAtt, output, ref, type TemplateValue } from './template';

/** Where Firehose writes records it could not deliver; AWS requires one as soon as Prefix uses `!{…}` expressions. */
export const ERROR_OUTPUT_PREFIX = 'errors/!{firehose:error-output-type}/!{timestamp:yyyy/MM/dd}/';

/** Prefix and ErrorOutputPrefix for a configured prefix; empty means Firehose's default YYYY/MM/DD/HH/. */
function prefixes(prefix: string, name: string): Record<string, TemplateValue> {
  if (prefix === '') return {};
  // partitionKeyFrom… expressions need dynamic partitioning, which this export does not configure.
  if (prefix.includes('!{partitionKeyFrom')) {
    throw new ExportError(`Cannot export: the prefix of Firehose ${name} uses dynamic partitioning keys, which the export does not support yet.`);
  }
  return prefix.includes('!{') ? { Prefix: prefix, ErrorOutputPrefix: ERROR_OUTPUT_PREFIX } : { Prefix: prefix };
}

/**
 * What this export cannot yet express for a delivery stream: any source but Direct PUT, any
 * destination but S3, and the processing features. Such a stream is left out, with a note,
 * rather than exported as something it is not (and its producers get no policy for it).
 */
export function firehoseExportGaps(pipeline: Pipeline, node: PipelineNode, config: ConfigOf<'kinesis-firehose'>): string[] {
  const kindAt = (id: string) => pipeline.nodes.find((n) => n.id === id)?.kind;
  const gaps: string[] = [];
  const sources = new Set(pipeline.edges.filter((e) => e.target === node.id && (e.targetPort ?? 'records') === 'records').map((e) => kindAt(e.source)));
  for (const kind of sources) if (kind !== 'app-producer' && kind !== undefined) gaps.push(`a ${KINDS[kind as KindId]?.title ?? kind} source (only Direct PUT is exported)`);
  const delivery = pipeline.edges.find((e) => e.source === node.id && (e.sourcePort ?? 'delivery') === 'delivery');
  const destination = delivery && kindAt(delivery.target);
  if (destination !== undefined && destination !== 's3-bucket') gaps.push(`a ${KINDS[destination as KindId]?.title ?? destination} destination (only S3 is exported)`);
  if (config.httpEndpoint.enabled) gaps.push('an HTTP endpoint destination');
  if (config.recordFormatConversion.format !== 'none') gaps.push(`${config.recordFormatConversion.format} conversion`);
  if (config.lambdaTransform.enabled) gaps.push('a Lambda transform');
  if (config.dynamicPartitioning.enabled) gaps.push('dynamic partitioning');
  if (config.s3BackupMode !== 'Disabled') gaps.push('S3 backup');
  return gaps;
}

/** kinesis-firehose → a Direct PUT AWS::KinesisFirehose::DeliveryStream into its bucket, plus the role it delivers with. */
const mapKinesisFirehose: Mapper<'kinesis-firehose'> = (node, config, ctx) => {
  const name = nodeName(node);
  const gaps = firehoseExportGaps(ctx.pipeline, node, config);
  if (gaps.length > 0) return { resources: {}, notes: [`Firehose ${name} is not exported yet: the export does not cover ${gaps.join(', ')}.`] };
  const delivery = ctx.outgoing.find((e) => (e.sourcePort ?? 'delivery') === 'delivery');
  const bucket = ctx.targetsOfKind('s3-bucket').find((b) => b.node.id === delivery?.target);
  if (!bucket) throw new ExportError(`Cannot export: Firehose ${name} has no destination. Connect it to an S3 bucket.`);

  const id = ctx.logicalId;
  const roleId = ctx.derivedId('DeliveryRole');
  const destination: Record<string, TemplateValue> = {
    BucketARN: getAtt(bucket.logicalId, 'Arn'),
    RoleARN: getAtt(roleId, 'Arn'),
    BufferingHints: { SizeInMBs: config.bufferSizeMiB, IntervalInSeconds: config.bufferIntervalSeconds },
    CompressionFormat: config.compression,
    ...prefixes(config.prefix, name),
  };
  return {
    resources: {
      [id]: {
        Type: 'AWS::KinesisFirehose::DeliveryStream',
        Properties: { DeliveryStreamType: 'DirectPut', ExtendedS3DestinationConfiguration: destination, Tags: [...ctx.tags] },
      },
      [roleId]: firehoseDeliveryRole(bucket.logicalId, bucket.config, `Lets Firehose "${node.label}" deliver to S3 bucket "${bucket.node.label}".`),
    },
    outputs: {
      [ctx.derivedId('Name')]: output(`Name of the delivery stream "${node.label}"`, ref(id)),
      [ctx.derivedId('Arn')]: output(`ARN of the delivery stream "${node.label}"`, getAtt(id, 'Arn')),
    },
  };
};

export const kinesisFirehoseMapping: KindMapping<'kinesis-firehose'> = {
  mainType: 'AWS::KinesisFirehose::DeliveryStream',
  toCfn: mapKinesisFirehose,
  fromCfn: () => ({}),
};
