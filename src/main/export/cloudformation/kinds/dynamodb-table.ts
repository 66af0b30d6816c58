import type { ConfigOf } from '../../../../shared/catalog/registry';
import { encryptionKeyArn } from '../encryption-key';
import { nodeName, type ConnectedNode, type DeepPartial, type ImportView, type KindMapping, type Mapper, type MapperContext } from '../mapper';
import { defined, oneOf, plainArray, plainBoolean, plainNumber, plainObject, plainString } from '../plain';
import { getAtt, output, ref, retained, type CfnOutput, type TemplateValue } from '../template';

type Config = ConfigOf<'dynamodb-table'>;
type KeyType = Config['partitionKey']['type'];

/** DynamoDB's attribute type letters (AttributeDefinition.AttributeType). */
const ATTRIBUTE_TYPE = { String: 'S', Number: 'N', Binary: 'B' } as const satisfies Record<KeyType, string>;
const KEY_TYPE_OF: Record<string, KeyType> = { S: 'String', N: 'Number', B: 'Binary' };

/** The customer managed key of a table, which its readers and writers need too; undefined for AWS owned and AWS managed keys. */
export function tableKeyArn(ctx: MapperContext, table: ConnectedNode<'dynamodb-table'>): TemplateValue | undefined {
  return table.config.encryption === 'customer managed key' ? encryptionKeyArn(ctx, table.node.id, '') : undefined;
}

/** Edges leaving the table's item-change port (its first output, so an edge without a port is one). */
const changeEdges = (ctx: MapperContext) => ctx.outgoing.filter((edge) => (edge.sourcePort ?? 'changes') === 'changes');

/** KeySchema and AttributeDefinitions: the partition key, and the sort key when it has a name. */
function keys(config: Config): Record<string, TemplateValue> {
  const attributes = [config.partitionKey, ...(config.sortKey.name === '' ? [] : [config.sortKey])];
  return {
    KeySchema: attributes.map((key, i) => ({ AttributeName: key.name, KeyType: i === 0 ? 'HASH' : 'RANGE' })),
    AttributeDefinitions: attributes.map((key) => ({ AttributeName: key.name, AttributeType: ATTRIBUTE_TYPE[key.type] })),
  };
}

/**
 * SSESpecification for the chosen key. Without one DynamoDB uses its AWS owned key; SSEType KMS
 * without a key id means the AWS managed key aws/dynamodb.
 */
function encryption(ctx: MapperContext, node: Parameters<Mapper<'dynamodb-table'>>[0], config: Config, notes: string[]): TemplateValue | undefined {
  if (config.encryption === 'AWS owned key') return undefined;
  const key = config.encryption === 'customer managed key' ? encryptionKeyArn(ctx, node.id, '') : undefined;
  if (config.encryption === 'customer managed key' && key === undefined) {
    notes.push(`${nodeName(node)}: no KMS key is connected for its customer managed key, so the table uses the AWS managed key aws/dynamodb.`);
  }
  return { SSEEnabled: true, SSEType: 'KMS', ...(key === undefined ? {} : { KMSMasterKeyId: key }) };
}

/**
 * dynamodb-table → AWS::DynamoDB::Table (keys, capacity, stream, TTL, point-in-time recovery,
 * encryption, Kinesis streaming destination), retained. DynamoDB generates the table name.
 */
const mapDynamodbTable: Mapper<'dynamodb-table'> = (node, config, ctx) => {
  const id = ctx.logicalId;
  const notes: string[] = [];
  const properties: Record<string, TemplateValue> = { ...keys(config) };
  if (config.capacity.mode === 'provisioned') {
    properties.BillingMode = 'PROVISIONED';
    properties.ProvisionedThroughput = { ReadCapacityUnits: config.capacity.readCapacityUnits, WriteCapacityUnits: config.capacity.writeCapacityUnits };
  } else {
    properties.BillingMode = 'PAY_PER_REQUEST';
  }
  // Lambda reads item changes from DynamoDB Streams: a Lambda on the change port needs the stream on.
  const lambdaReads = changeEdges(ctx).some((edge) => ctx.pipeline.nodes.find((n) => n.id === edge.target)?.kind === 'lambda');
  const streamOn = config.stream.enabled || lambdaReads;
  if (lambdaReads && !config.stream.enabled) notes.push(`${nodeName(node)}: DynamoDB Streams is turned on (${config.stream.viewType}) because a Lambda function reads its item changes.`);
  if (streamOn) properties.StreamSpecification = { StreamViewType: config.stream.viewType };
  const kinesisTargets = ctx.targetsOfKind('kinesis-data-stream').filter((s) => changeEdges(ctx).some((e) => e.target === s.node.id));
  if (kinesisTargets[0]) properties.KinesisStreamSpecification = { StreamArn: getAtt(kinesisTargets[0].logicalId, 'Arn') };
  if (kinesisTargets.length > 1) notes.push(`${nodeName(node)}: a table streams its changes to one Kinesis data stream; only "${kinesisTargets[0]!.node.label}" is configured.`);
  if (config.ttlAttribute !== '') properties.TimeToLiveSpecification = { Enabled: true, AttributeName: config.ttlAttribute };
  properties.PointInTimeRecoverySpecification = config.pointInTimeRecovery
    ? { PointInTimeRecoveryEnabled: true, RecoveryPeriodInDays: config.pitrRecoveryPeriodDays }
    : { PointInTimeRecoveryEnabled: false };
  const sse = encryption(ctx, node, config, notes);
  if (sse) properties.SSESpecification = sse;
  properties.Tags = [...ctx.tags];

  const outputs: Record<string, CfnOutput> = {
    [ctx.derivedId('Name')]: output(`Name of the DynamoDB table "${node.label}"`, ref(id)),
    [ctx.derivedId('Arn')]: output(`ARN of the DynamoDB table "${node.label}"`, getAtt(id, 'Arn')),
  };
  if (streamOn) outputs[ctx.derivedId('StreamArn')] = output(`ARN of the DynamoDB stream of "${node.label}"`, getAtt(id, 'StreamArn'));
  return { resources: { [id]: retained({ Type: 'AWS::DynamoDB::Table', Properties: properties }) }, outputs, notes };
};

/** One key of the table read back: its name, and its type from the attribute definitions. */
function readKey(properties: Readonly<Record<string, unknown>>, keyType: 'HASH' | 'RANGE'): { name: string; type?: KeyType } | undefined {
  const name = plainArray(properties.KeySchema)
    .map(plainObject)
    .find((k) => k?.KeyType === keyType)?.AttributeName;
  if (typeof name !== 'string') return undefined;
  const definition = plainArray(properties.AttributeDefinitions)
    .map(plainObject)
    .find((d) => d?.AttributeName === name);
  const type = KEY_TYPE_OF[plainString(definition?.AttributeType) ?? ''];
  return type === undefined ? { name } : { name, type };
}

/** Reads back what mapDynamodbTable writes. */
function readDynamodbTable(view: ImportView): DeepPartial<Config> {
  const p = view.main.properties;
  const throughput = plainObject(p.ProvisionedThroughput);
  const billing = plainString(p.BillingMode);
  const capacity =
    billing === 'PAY_PER_REQUEST'
      ? { mode: 'on-demand' as const }
      : throughput
        ? defined({ mode: 'provisioned' as const, readCapacityUnits: plainNumber(throughput.ReadCapacityUnits), writeCapacityUnits: plainNumber(throughput.WriteCapacityUnits) })
        : undefined;
  const stream = plainObject(p.StreamSpecification);
  const viewType = oneOf(stream?.StreamViewType, ['KEYS_ONLY', 'NEW_IMAGE', 'OLD_IMAGE', 'NEW_AND_OLD_IMAGES'] as const);
  const ttl = plainObject(p.TimeToLiveSpecification);
  const pitr = plainObject(p.PointInTimeRecoverySpecification);
  const sse = plainObject(p.SSESpecification);
  const sseOn = plainBoolean(sse?.SSEEnabled) === true;
  return defined({
    capacity,
    partitionKey: readKey(p, 'HASH'),
    // A table without a sort key reads back as an empty name, which is how the settings say "none".
    sortKey: readKey(p, 'RANGE') ?? (plainArray(p.KeySchema).length > 0 ? { name: '' } : undefined),
    stream: stream ? defined({ enabled: true, viewType }) : { enabled: false },
    ttlAttribute: ttl && plainBoolean(ttl.Enabled) === true ? plainString(ttl.AttributeName) : '',
    pointInTimeRecovery: pitr ? plainBoolean(pitr.PointInTimeRecoveryEnabled) : false,
    pitrRecoveryPeriodDays: plainNumber(pitr?.RecoveryPeriodInDays),
    encryption: !sseOn ? 'AWS owned key' : sse?.KMSMasterKeyId !== undefined ? 'customer managed key' : 'AWS managed key',
  });
}

export const dynamodbTableMapping: KindMapping<'dynamodb-table'> = {
  mainType: 'AWS::DynamoDB::Table',
  toCfn: mapDynamodbTable,
  fromCfn: readDynamodbTable,
};
