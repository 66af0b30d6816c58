import type { LifecycleRule } from '../../../../shared/catalog/s3-lifecycle';
import type { PipelineEdge, PipelineNode } from '../../../../shared/model/pipeline';
import type { RuleContext } from '../../rule';
import { meanSizeBytes, type Workload } from '../capacity/workload';

/** Objects a writer puts into a bucket, as far as the workload tells. */
export interface IncomingObjects {
  readonly edge: PipelineEdge;
  readonly writer: PipelineNode;
  /** Mean object size in bytes: an upper bound for a Firehose (compression, conversion and partitioning make objects smaller). */
  readonly sizeBytes: number;
  /** The fixed start of the writer's keys ('' when unknown or variable). */
  readonly keyPrefix: string;
}

/**
 * The writers of a bucket whose object sizes are known: Firehose deliveries (one object per
 * buffer) and IoT rule S3 actions (one object per message). Others are left out.
 */
export function incomingObjects(ctx: RuleContext, workload: Workload, bucket: PipelineNode): IncomingObjects[] {
  const result: IncomingObjects[] = [];
  for (const edge of ctx.incoming(bucket.id)) {
    const writer = ctx.nodesById.get(edge.source);
    const flow = workload.edge(edge);
    const sizeBytes = flow && meanSizeBytes(flow);
    if (!writer || sizeBytes === undefined || (writer.kind !== 'kinesis-firehose' && writer.kind !== 'iot-core')) continue;
    const prefix = ctx.configOf(writer, 'kinesis-firehose')?.prefix ?? '';
    result.push({ edge, writer, sizeBytes, keyPrefix: prefix.split('!{')[0]! });
  }
  return result;
}

/**
 * Whether a lifecycle rule's filter can select a writer's objects: no tag filter (these writers do
 * not tag objects), and a key prefix compatible with the writer's fixed key start.
 */
export function ruleMayCover(rule: LifecycleRule, objects: IncomingObjects): boolean {
  if (rule.tags.length > 0) return false;
  return objects.keyPrefix.startsWith(rule.prefix) || rule.prefix.startsWith(objects.keyPrefix);
}
