import type { ConfigOf } from '../../../../shared/catalog/registry';
import { KINESIS_DATA_STREAMS_LIMITS_TABLE as L } from '../../../../shared/catalog/limits/kinesis-data-streams';
import { MIB } from '../../../../shared/catalog/limits/units';
import type { FixOperation } from '../../../../shared/findings/finding';
import type { PipelineEdge, PipelineNode } from '../../../../shared/model/pipeline';
import type { RuleContext } from '../../rule';
import { ceil } from './format';
import { workloadOf, type Flow } from './workload';

type StreamConfig = ConfigOf<'kinesis-data-stream'>;

/** A stream's consumers: its outgoing data edges. */
export function consumersOf(ctx: RuleContext, node: PipelineNode): PipelineEdge[] {
  return ctx.outgoing(node.id).filter((e) => e.target !== node.id && ctx.nodesById.has(e.target) && ctx.edgeKind(e) === 'data');
}

/** Consumers that poll with GetRecords: the consumers beyond the registered enhanced fan-out ones. */
export function classicConsumerCount(ctx: RuleContext, node: PipelineNode, config: StreamConfig): number {
  return Math.max(0, consumersOf(ctx, node).length - config.enhancedFanOutConsumers.length);
}

export interface ShardNeed {
  /** Shards the writes need: max(MiB/s ÷ 1, records/s ÷ 1,000). */
  readonly writeShards: number;
  /** Shards the classic consumers' reads need: MiB/s × consumers ÷ 2. */
  readonly readShards: number;
  /** The larger, at least 1. */
  readonly needed: number;
  readonly classicReadBytesPerSecond: number;
}

/** Provisioned shards a workload needs at its peak (the shard limits of 5.2.2; the sizing formula of the developer guide). */
export function shardNeed(flow: Flow, classicConsumers: number): ShardNeed {
  const writeShards = ceil(Math.max(flow.peakBytesPerSecond / (L.shardWriteMiBPerSecond.value * MIB), flow.peakRecordsPerSecond / L.shardWriteRecordsPerSecond.value));
  const classicReadBytesPerSecond = flow.peakBytesPerSecond * classicConsumers;
  const readShards = ceil(classicReadBytesPerSecond / (L.shardReadMiBPerSecond.value * MIB));
  return { writeShards, readShards, needed: Math.max(1, writeShards, readShards), classicReadBytesPerSecond };
}

/** A consumer name Kinesis accepts, from a node's label. */
export function consumerName(node: PipelineNode): string {
  const name = node.label.trim().replace(/[^a-zA-Z0-9_.-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, L.consumerNameMaxLength.value);
  return name || node.id.replace(/[^a-zA-Z0-9_.-]+/g, '-').slice(0, L.consumerNameMaxLength.value) || 'consumer';
}

/**
 * Consumers that can register for enhanced fan-out: Lambda (event source mapping with a stream
 * consumer) and Managed Service for Apache Flink (EFO connector). Firehose and Redshift streaming
 * ingestion read with GetRecords only.
 */
function canUseEnhancedFanOut(ctx: RuleContext, node: PipelineNode | undefined): boolean {
  if (node?.kind === 'lambda') return true;
  return ctx.configOf(node, 'kinesis-analytics')?.application.runtime === 'FLINK';
}

/**
 * The set-config operation registering up to `wanted` more consumers of the stream for enhanced
 * fan-out (named after them), within the per-stream limit; undefined when none can be added.
 */
export function registerEnhancedFanOut(ctx: RuleContext, node: PipelineNode, config: StreamConfig, wanted: number): { added: number; operation: FixOperation } | undefined {
  const existing = new Set(config.enhancedFanOutConsumers.map((c) => c.name));
  const room = L.efoConsumersPerStream.value - config.enhancedFanOutConsumers.length;
  const names: string[] = [];
  for (const edge of consumersOf(ctx, node)) {
    const consumer = ctx.nodesById.get(edge.target);
    if (!canUseEnhancedFanOut(ctx, consumer)) continue;
    const name = consumerName(consumer!);
    if (existing.has(name)) continue;
    existing.add(name);
    names.push(name);
  }
  const added = Math.min(names.length, wanted, room);
  if (added <= 0) return undefined;
  const value = [...config.enhancedFanOutConsumers, ...names.slice(0, added).map((name) => ({ name }))];
  return { added, operation: { op: 'set-config', nodeId: node.id, path: ['enhancedFanOutConsumers'], value } };
}

/** Every Kinesis data stream whose settings are valid and whose incoming workload is known. */
export function streamsWithWorkload(ctx: RuleContext): { node: PipelineNode; config: StreamConfig; flow: Flow }[] {
  const workload = workloadOf(ctx);
  return ctx.pipeline.nodes.flatMap((node) => {
    const config = ctx.configOf(node, 'kinesis-data-stream');
    const flow = config && workload.into(node.id);
    return config && flow ? [{ node, config, flow }] : [];
  });
}
