import type { IOT_RULE_ACTIONS } from '../../../../shared/catalog/kinds/iot-core';
import type { ConfigOf } from '../../../../shared/catalog/registry';
import { dynamodbPut, firehosePut, kinesisStreamWrite, kmsUse, openSearchIndex, s3Put } from '../../iam/grants';
import type { PolicyStatement } from '../../iam/policy';
import { encryptionKeyArn } from '../encryption-key';
import { streamKeyArn } from './kinesis-data-stream';
import type { ConnectedNode, MapperContext } from '../mapper';
import { bucketKeyArn } from '../references';
import { getAtt, ref, sub, type TemplateValue } from '../template';

export type ActionName = (typeof IOT_RULE_ACTIONS)[number];

/** One rule action towards one connected node, with the grants the rule's role needs for it. */
export interface RuleAction {
  readonly action: TemplateValue;
  readonly statements: readonly PolicyStatement[];
  /** For Lambda actions: the function IoT must be allowed to invoke. */
  readonly invokes?: string;
}

/**
 * The partition key follows the stream's strategy (IoT SQL substitution templates, AWS IoT
 * developer guide): one key per device (its MQTT client id), a random key, or a single key.
 */
const PARTITION_KEYS: Record<ConfigOf<'kinesis-data-stream'>['partitionKeyStrategy'], string> = {
  'per-source': '${clientid()}',
  random: '${newuuid()}',
  'single-key': 'all',
};

/** DynamoDB (v1) key types by the table's attribute types. */
const KEY_TYPES = { String: 'STRING', Number: 'NUMBER', Binary: 'STRING' } as const;

function dynamodbV1(table: ConnectedNode<'dynamodb-table'>, roleArn: TemplateValue): TemplateValue {
  const { partitionKey, sortKey } = table.config;
  // Each key's value comes from the message field of the same name; the whole message goes to the payload column.
  return {
    TableName: ref(table.logicalId),
    HashKeyField: partitionKey.name,
    HashKeyValue: `\${${partitionKey.name}}`,
    HashKeyType: KEY_TYPES[partitionKey.type],
    ...(sortKey.name !== '' ? { RangeKeyField: sortKey.name, RangeKeyValue: `\${${sortKey.name}}`, RangeKeyType: KEY_TYPES[sortKey.type] } : {}),
    PayloadField: 'payload',
    RoleArn: roleArn,
  };
}

/**
 * The actions named `name` for a rule: one per connected node of the matching kind. An empty list
 * means the action has no target in the pipeline (Sqs, Sns, Republish… have no node kind).
 */
export function ruleActions(ctx: MapperContext, name: ActionName, ruleName: string, roleArn: TemplateValue): RuleAction[] {
  switch (name) {
    case 'Kinesis':
      return ctx.targetsOfKind('kinesis-data-stream').map((stream) => ({
        action: { Kinesis: { StreamName: ref(stream.logicalId), PartitionKey: PARTITION_KEYS[stream.config.partitionKeyStrategy], RoleArn: roleArn } },
        statements: [...kinesisStreamWrite(stream.logicalId), ...kmsUse(streamKeyArn(ctx, stream), ['kms:GenerateDataKey'])],
      }));
    case 'Firehose':
      return ctx.targetsOfKind('kinesis-firehose').map((delivery) => ({
        action: { Firehose: { DeliveryStreamName: ref(delivery.logicalId), Separator: '\n', RoleArn: roleArn } },
        statements: firehosePut(delivery.logicalId),
      }));
    case 'Lambda':
      return ctx.targetsOfKind('lambda').map((fn) => ({ action: { Lambda: { FunctionArn: getAtt(fn.logicalId, 'Arn') } }, statements: [], invokes: fn.logicalId }));
    case 'S3':
      return ctx.targetsOfKind('s3-bucket').map((bucket) => ({
        action: { S3: { BucketName: ref(bucket.logicalId), Key: `${ruleName}/\${topic()}/\${timestamp()}-\${newuuid()}`, RoleArn: roleArn } },
        statements: s3Put(bucket.logicalId, bucketKeyArn(ctx, bucket)),
      }));
    case 'DynamoDB':
    case 'DynamoDBv2':
      return ctx.targetsOfKind('dynamodb-table').map((table) => {
        const key = table.config.encryption === 'customer managed key' ? encryptionKeyArn(ctx, table.node.id, '') : undefined;
        const action: TemplateValue = name === 'DynamoDB' ? { DynamoDB: dynamodbV1(table, roleArn) } : { DynamoDBv2: { PutItem: { TableName: ref(table.logicalId) }, RoleArn: roleArn } };
        return { action, statements: dynamodbPut(table.logicalId, key) };
      });
    case 'OpenSearch':
      return ctx.targetsOfKind('opensearch').map((domain) => ({
        // One index per rule, one document per message.
        action: { OpenSearch: { Endpoint: sub(`https://\${${domain.logicalId}.DomainEndpoint}`), Index: ruleName.toLowerCase(), Type: '_doc', Id: '${newuuid()}', RoleArn: roleArn } },
        statements: openSearchIndex(domain.logicalId),
      }));
    default:
      return [];
  }
}
