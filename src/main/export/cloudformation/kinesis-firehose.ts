import { ExportError } from '../errors';
import { firehoseDeliveryRole } from '../iam/firehose-delivery-role';
import { nodeName, type Mapper } from './mapper';
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

/** kinesis-firehose → a Direct PUT AWS::KinesisFirehose::DeliveryStream into its bucket, plus the role it delivers with. */
export const mapKinesisFirehose: Mapper<'kinesis-firehose'> = (node, config, ctx) => {
  const name = nodeName(node);
  const destinations = ctx.targetsOfKind('s3-bucket');
  const bucket = destinations[0];
  if (!bucket) throw new ExportError(`Cannot export: Firehose ${name} has no destination. Connect it to an S3 bucket.`);
  if (destinations.length > 1) throw new ExportError(`Cannot export: Firehose ${name} has ${destinations.length} destinations; a delivery stream has exactly one.`);

  const id = ctx.logicalId;
  const roleId = ctx.derivedId('DeliveryRole');
  const destination: Record<string, TemplateValue> = {
    BucketARN: getAtt(bucket.logicalId, 'Arn'),
    RoleARN: getAtt(roleId, 'Arn'),
    BufferingHints: { SizeInMBs: config.bufferSizeMiB, IntervalInSeconds: config.bufferIntervalSeconds },
    CompressionFormat: 'UNCOMPRESSED',
    ...prefixes(config.prefix, name),
  };
  return {
    resources: {
      [id]: {
        Type: 'AWS::KinesisFirehose::DeliveryStream',
        Properties: { DeliveryStreamType: 'DirectPut', ExtendedS3DestinationConfiguration: destination },
      },
      [roleId]: firehoseDeliveryRole(bucket.logicalId, bucket.config, `Lets Firehose "${node.label}" deliver to S3 bucket "${bucket.node.label}".`),
    },
    outputs: {
      [ctx.derivedId('Name')]: output(`Name of the delivery stream "${node.label}"`, ref(id)),
      [ctx.derivedId('Arn')]: output(`ARN of the delivery stream "${node.label}"`, getAtt(id, 'Arn')),
    },
  };
};
