import type { PipelineEdge } from '../../../shared/model/pipeline';
import { s3Read, s3Write } from '../iam/grants';
import type { PolicyStatement } from '../iam/policy';
import { parseConfig } from './config';
import type { ConnectedNode, MapperContext } from './mapper';
import { bucketKeyArn } from './references';

/**
 * The S3 buckets a workload in a VPC reads and writes, directly or through an S3 gateway
 * endpoint: the vpc-endpoint kind asks for writes drawn workload → endpoint → bucket and reads
 * bucket → endpoint → workload, so every bucket on the far side of an endpoint counts.
 */

type Bucket = ConnectedNode<'s3-bucket'>;

function bucketAt(ctx: MapperContext, nodeId: string): Bucket | undefined {
  const node = ctx.pipeline.nodes.find((n) => n.id === nodeId);
  const logicalId = node?.kind === 's3-bucket' ? ctx.logicalIdOf(node.id) : undefined;
  return node && logicalId !== undefined ? { node, config: parseConfig('s3-bucket', node), logicalId } : undefined;
}

/** Each bucket once, in the order first met. */
function unique(buckets: readonly (Bucket | undefined)[]): Bucket[] {
  const byId = new Map<string, Bucket>();
  for (const bucket of buckets) if (bucket && !byId.has(bucket.node.id)) byId.set(bucket.node.id, bucket);
  return [...byId.values()];
}

const isEndpoint = (ctx: MapperContext, nodeId: string) => ctx.pipeline.nodes.find((n) => n.id === nodeId)?.kind === 'vpc-endpoint';
const edgesFrom = (ctx: MapperContext, nodeId: string): PipelineEdge[] => ctx.pipeline.edges.filter((e) => e.source === nodeId);
const edgesInto = (ctx: MapperContext, nodeId: string): PipelineEdge[] => ctx.pipeline.edges.filter((e) => e.target === nodeId);

/** Buckets the node reads: bucket → node, and bucket → endpoint → node. */
export function bucketsRead(ctx: MapperContext): Bucket[] {
  return unique(
    ctx.incoming.flatMap((edge) => (isEndpoint(ctx, edge.source) ? edgesInto(ctx, edge.source).map((e) => bucketAt(ctx, e.source)) : [bucketAt(ctx, edge.source)])),
  );
}

/** Buckets the node writes: node → bucket, and node → endpoint → bucket. */
export function bucketsWritten(ctx: MapperContext): Bucket[] {
  return unique(
    ctx.outgoing.flatMap((edge) => (isEndpoint(ctx, edge.target) ? edgesFrom(ctx, edge.target).map((e) => bucketAt(ctx, e.target)) : [bucketAt(ctx, edge.target)])),
  );
}

/** s3Read on every bucket read and s3Write on every bucket written, with their keys. */
export function bucketGrants(ctx: MapperContext): PolicyStatement[] {
  return [
    ...bucketsRead(ctx).flatMap((b) => s3Read(b.logicalId, bucketKeyArn(ctx, b))),
    ...bucketsWritten(ctx).flatMap((b) => s3Write(b.logicalId, bucketKeyArn(ctx, b))),
  ];
}
