import { dynamodbWrite, firehosePut, kinesisStreamWrite, kmsUse, lambdaInvoke, opensearchWrite, s3Write } from '../iam/grants';
import type { PolicyStatement } from '../iam/policy';
import { bucketsWritten } from './connected-buckets';
import { encryptionKeyArn } from './encryption-key';
import { streamKeyArn } from './kinds/kinesis-data-stream';
import type { MapperContext } from './mapper';
import { bucketKeyArn } from './references';
import { getAtt, ref, type TemplateValue } from './template';

/**
 * What code that writes to its connected nodes (a Lambda function, a Flink application) needs:
 * the grants of each write, and where each target is, under a name the code can read
 * (environment variables, application properties).
 */
export interface Writes {
  readonly statements: PolicyStatement[];
  /** Target name or endpoint by variable name, e.g. DETECTION_EVENTS_TABLE → the table's name. */
  readonly locations: Record<string, TemplateValue>;
}

/** "DetectionEvents" → "DETECTION_EVENTS": a variable name from a logical id. */
export const constantCase = (logicalId: string): string => logicalId.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/([A-Z])([A-Z][a-z])/g, '$1_$2').toUpperCase();

/**
 * The writes of the node's outgoing edges to S3 (directly or through an S3 gateway endpoint),
 * Kinesis data streams, Firehose delivery streams, DynamoDB tables, OpenSearch domains and Lambda
 * functions, with the customer managed keys those encrypt with.
 */
export function streamWrites(ctx: MapperContext): Writes {
  const statements: PolicyStatement[] = [];
  const locations: Record<string, TemplateValue> = {};
  for (const bucket of bucketsWritten(ctx)) {
    statements.push(...s3Write(bucket.logicalId, bucketKeyArn(ctx, bucket)));
    locations[`${constantCase(bucket.logicalId)}_BUCKET`] = ref(bucket.logicalId);
  }
  for (const stream of ctx.targetsOfKind('kinesis-data-stream')) {
    statements.push(...kinesisStreamWrite(stream.logicalId), ...kmsUse(streamKeyArn(ctx, stream), ['kms:GenerateDataKey']));
    locations[`${constantCase(stream.logicalId)}_STREAM`] = ref(stream.logicalId);
  }
  for (const delivery of ctx.targetsOfKind('kinesis-firehose')) {
    statements.push(...firehosePut(delivery.logicalId));
    locations[`${constantCase(delivery.logicalId)}_DELIVERY_STREAM`] = ref(delivery.logicalId);
  }
  for (const table of ctx.targetsOfKind('dynamodb-table')) {
    const key = table.config.encryption === 'customer managed key' ? encryptionKeyArn(ctx, table.node.id, '') : undefined;
    statements.push(...dynamodbWrite(table.logicalId, key));
    locations[`${constantCase(table.logicalId)}_TABLE`] = ref(table.logicalId);
  }
  for (const domain of ctx.targetsOfKind('opensearch')) {
    statements.push(...opensearchWrite(domain.logicalId));
    locations[`${constantCase(domain.logicalId)}_ENDPOINT`] = getAtt(domain.logicalId, 'DomainEndpoint');
  }
  for (const fn of ctx.targetsOfKind('lambda')) {
    statements.push(...lambdaInvoke(fn.logicalId));
    locations[`${constantCase(fn.logicalId)}_FUNCTION`] = ref(fn.logicalId);
  }
  return { statements, locations };
}
