import type { ConfigOf } from '../../../../shared/catalog/registry';
import { encryptionKeyArn } from '../encryption-key';
import { pascalCase } from '../logical-ids';
import type { ConnectedNode, DeepPartial, ImportView, KindMapping, Mapper, MapperContext } from '../mapper';
import { defined, oneOf, plainNumber, plainObject, plainString } from '../plain';
import { getAtt, output, ref, retained, type CfnResource, type TemplateValue } from '../template';

/** Kinesis Data Streams' AWS managed key, used when server-side encryption is on without a key of your own. */
export const KINESIS_AWS_MANAGED_KEY = 'alias/aws/kinesis';

/**
 * The customer managed key a stream is encrypted with: a connected KMS key node. Undefined when the
 * stream is unencrypted or uses aws/kinesis, whose key policy already lets the account's principals
 * use it through Kinesis: its readers and writers then need no KMS grant.
 */
export function streamKeyArn(ctx: MapperContext, stream: ConnectedNode<'kinesis-data-stream'>): TemplateValue | undefined {
  return stream.config.encryption === 'KMS' ? encryptionKeyArn(ctx, stream.node.id, '') : undefined;
}

/** StreamModeDetails and ShardCount for the capacity mode; on-demand streams take no shard count. */
function capacity(config: ConfigOf<'kinesis-data-stream'>): Record<string, TemplateValue> {
  return config.capacity.mode === 'provisioned'
    ? { StreamModeDetails: { StreamMode: 'PROVISIONED' }, ShardCount: config.capacity.shardCount }
    : { StreamModeDetails: { StreamMode: 'ON_DEMAND' } };
}

/**
 * kinesis-data-stream → AWS::Kinesis::Stream (capacity mode, retention, KMS encryption), retained,
 * and one AWS::Kinesis::StreamConsumer per enhanced fan-out consumer. The partition key strategy
 * is the producers' choice, not the stream's: it has no place in the template.
 */
const mapKinesisDataStream: Mapper<'kinesis-data-stream'> = (node, config, ctx) => {
  const id = ctx.logicalId;
  const properties: Record<string, TemplateValue> = {};
  if (config.streamName !== '') {
    properties.Name = ctx.parameter(`${id}Name`, {
      Type: 'String',
      Description: `Name of the Kinesis data stream "${node.label}".`,
      Default: config.streamName,
      AllowedPattern: '^[a-zA-Z0-9_.-]{1,128}$',
      ConstraintDescription: '1 to 128 letters, digits, _ . and -',
    });
  }
  Object.assign(properties, capacity(config), { RetentionPeriodHours: config.retentionHours });
  if (config.encryption === 'KMS') {
    const key = encryptionKeyArn(ctx, node.id, '') ?? KINESIS_AWS_MANAGED_KEY;
    properties.StreamEncryption = { EncryptionType: 'KMS', KeyId: key };
  }
  properties.Tags = [...ctx.tags];

  const resources: Record<string, CfnResource> = { [id]: retained({ Type: 'AWS::Kinesis::Stream', Properties: properties }) };
  const outputs = {
    [ctx.derivedId('Name')]: output(`Name of the Kinesis data stream "${node.label}"`, ref(id)),
    [ctx.derivedId('Arn')]: output(`ARN of the Kinesis data stream "${node.label}"`, getAtt(id, 'Arn')),
  };
  // Consumer names are unique per stream only, so they stay as set (no parameter needed per environment).
  for (const consumer of config.enhancedFanOutConsumers) {
    const consumerId = ctx.derivedId(`Consumer${pascalCase(consumer.name)}`);
    resources[consumerId] = { Type: 'AWS::Kinesis::StreamConsumer', Properties: { ConsumerName: consumer.name, StreamARN: getAtt(id, 'Arn'), Tags: [...ctx.tags] } };
    outputs[ctx.derivedId(`${consumerId.slice(id.length)}Arn`)] = output(
      `ARN of the enhanced fan-out consumer "${consumer.name}" of "${node.label}"`,
      getAtt(consumerId, 'ConsumerARN'),
    );
  }
  return { resources, outputs };
};

/** Reads back what mapKinesisDataStream writes: name, capacity, retention, encryption and consumers. */
function readKinesisDataStream(view: ImportView): DeepPartial<ConfigOf<'kinesis-data-stream'>> {
  const p = view.main.properties;
  const mode = oneOf(plainObject(p.StreamModeDetails)?.StreamMode, ['PROVISIONED', 'ON_DEMAND'] as const);
  const shardCount = plainNumber(p.ShardCount);
  // Without StreamModeDetails a stream is provisioned (Kinesis' default).
  const capacity = mode === 'ON_DEMAND' ? { mode: 'on-demand' as const } : shardCount !== undefined ? { mode: 'provisioned' as const, shardCount } : undefined;
  const consumers = view.referencing
    .filter((r) => r.type === 'AWS::Kinesis::StreamConsumer')
    .map((r) => plainString(r.properties.ConsumerName))
    .filter((name): name is string => name !== undefined)
    .map((name) => ({ name }));
  const encryption = plainObject(p.StreamEncryption);
  return defined({
    streamName: plainString(p.Name),
    capacity,
    retentionHours: plainNumber(p.RetentionPeriodHours),
    encryption: p.StreamEncryption === undefined ? ('none' as const) : oneOf(encryption?.EncryptionType, ['KMS'] as const),
    enhancedFanOutConsumers: consumers,
  });
}

export const kinesisDataStreamMapping: KindMapping<'kinesis-data-stream'> = {
  mainType: 'AWS::Kinesis::Stream',
  toCfn: mapKinesisDataStream,
  fromCfn: readKinesisDataStream,
};
