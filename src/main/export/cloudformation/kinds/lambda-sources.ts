import type { ConfigOf } from '../../../../shared/catalog/registry';
import type { PipelineNode } from '../../../../shared/model/pipeline';
import { dynamodbStreamRead, kinesisStreamRead, kmsUse, s3Read } from '../../iam/grants';
import type { PolicyStatement } from '../../iam/policy';
import { bucketsRead } from '../connected-buckets';
import { streamKeyArn } from './kinesis-data-stream';
import { nodeName, type MapperContext } from '../mapper';
import { bucketKeyArn } from '../references';
import { getAtt, ref, type CfnResource, type TemplateValue } from '../template';

type Config = ConfigOf<'lambda'>;

/** What the function's inputs add: event source mappings, invoke permissions, read grants, notes. */
export interface Sources {
  readonly resources: Record<string, CfnResource>;
  readonly statements: PolicyStatement[];
  readonly notes: string[];
}

/** The batching settings of a stream event source mapping, as the settings give them. */
function streamMapping(ctx: MapperContext, eventSourceArn: TemplateValue, config: Config): CfnResource {
  return {
    Type: 'AWS::Lambda::EventSourceMapping',
    Properties: {
      FunctionName: ref(ctx.logicalId),
      EventSourceArn: eventSourceArn,
      StartingPosition: config.startingPosition,
      BatchSize: config.batchSize,
      MaximumBatchingWindowInSeconds: config.batchingWindowSeconds,
      ParallelizationFactor: config.parallelizationFactor,
      Tags: [...ctx.tags],
    },
  };
}

/**
 * The function's event sources: an event source mapping per Kinesis data stream and per DynamoDB
 * stream it reads (Lambda polls each shard with the batching settings), with the read grants;
 * for buckets, the permission that lets S3 invoke it and the read of their objects. Flink
 * outputs, IoT rules, Step Functions and schedules invoke it through their own roles or permissions.
 */
export function eventSources(ctx: MapperContext, node: PipelineNode, config: Config): Sources {
  const id = ctx.logicalId;
  const resources: Record<string, CfnResource> = {};
  const statements: PolicyStatement[] = [];
  const notes: string[] = [];
  for (const stream of ctx.sourcesOfKind('kinesis-data-stream')) {
    resources[ctx.derivedId(`${stream.logicalId}Mapping`)] = streamMapping(ctx, getAtt(stream.logicalId, 'Arn'), config);
    statements.push(...kinesisStreamRead(stream.logicalId), ...kmsUse(streamKeyArn(ctx, stream), ['kms:Decrypt']));
  }
  for (const table of ctx.sourcesOfKind('dynamodb-table')) {
    resources[ctx.derivedId(`${table.logicalId}Mapping`)] = streamMapping(ctx, getAtt(table.logicalId, 'StreamArn'), config);
    statements.push(...dynamodbStreamRead(table.logicalId));
  }
  for (const bucket of ctx.sourcesOfKind('s3-bucket')) {
    resources[ctx.derivedId(`${bucket.logicalId}Permission`)] = {
      Type: 'AWS::Lambda::Permission',
      Properties: { FunctionName: getAtt(id, 'Arn'), Action: 'lambda:InvokeFunction', Principal: 's3.amazonaws.com', SourceAccount: ref('AWS::AccountId'), SourceArn: getAtt(bucket.logicalId, 'Arn') },
    };
    notes.push(
      `${nodeName(node)}: S3 may invoke it for ${nodeName(bucket.node)}; add the bucket's NotificationConfiguration (LambdaConfigurations, s3:ObjectCreated:*) to send the events, which this export does not write on the bucket.`,
    );
  }
  // Objects the function reads: from buckets drawn into it, directly or through an S3 gateway endpoint.
  for (const bucket of bucketsRead(ctx)) statements.push(...s3Read(bucket.logicalId, bucketKeyArn(ctx, bucket)));
  return { resources, statements, notes };
}
