import { KINESIS_DATA_STREAMS_LIMITS_TABLE as KDS } from '../../shared/catalog/limits/kinesis-data-streams';
import { FIREHOSE_LIMITS_TABLE as FH } from '../../shared/catalog/limits/firehose';
import { LAMBDA_LIMITS_TABLE as LAMBDA } from '../../shared/catalog/limits/lambda';
import { S3_LIMITS_TABLE as S3 } from '../../shared/catalog/limits/s3';
import type { ConfigOf, KindId } from '../../shared/catalog/registry';
import type { Bottleneck } from '../../shared/model/simulation-result';
import type { NodeStatsRecorder } from './node-stats';

/** At or above this share of its binding limit a node is reported even before it throttles. */
export const BOTTLENECK_UTILIZATION = 0.85;

const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 });

/**
 * The smallest capacity that takes the peak: when the node throttled, current × peak demand
 * (demand = offered ÷ limit in the worst quota window); when it only came near the limit, enough
 * to bring that peak back under BOTTLENECK_UTILIZATION. Rounded up to whole units.
 */
function needed(current: number, stats: NodeStatsRecorder): number {
  const target = stats.recordsThrottled > 0 ? stats.peakDemand : stats.peakDemand / BOTTLENECK_UTILIZATION;
  return Math.max(current + 1, Math.ceil(current * target - 1e-9));
}

/** Why the node is a bottleneck and what to change, from the run's numbers; null when it is not one. */
export function bottleneckOf(kind: KindId, config: unknown, stats: NodeStatsRecorder, targets: number): Bottleneck | null {
  const utilization = stats.utilizationMax ?? 0;
  const { recordsThrottled: throttled, recordsLost: lost } = stats;
  if (utilization < BOTTLENECK_UTILIZATION && throttled === 0 && lost === 0) return null;
  const reasons: string[] = [];
  if (stats.utilizationMax !== null) reasons.push(`peak utilization ${fmt(utilization * 100)} % (demand ${fmt(stats.peakDemand)}× the limit)`);
  if (throttled > 0) reasons.push(`${fmt(throttled)} records throttled`);
  if (lost > 0) reasons.push(`${fmt(lost)} records expired unread`);
  const suggestion = Number.isFinite(stats.peakDemand) ? suggest(kind, config, stats, targets) : 'the limit is 0: raise it above 0';
  return { nodeId: stats.nodeId, reason: reasons.join('; '), suggestion };
}

function suggest(kind: KindId, config: unknown, stats: NodeStatsRecorder, targets: number): string {
  const overLimit = stats.recordsThrottled > 0 || (stats.utilizationMax ?? 0) >= BOTTLENECK_UTILIZATION;
  switch (kind) {
    case 'kinesis-data-stream': {
      const c = config as ConfigOf<'kinesis-data-stream'>;
      if (!overLimit && targets === 0) return `nothing reads the stream, so every record expires after the ${c.retentionHours} h retention: connect a consumer`;
      if (!overLimit) return `the consumers read slower than the stream fills (oldest record read waited ${fmt(stats.bufferLatency.summary()?.max ?? 0)} s, retention ${c.retentionHours} h): raise the consumer's read rate (Lambda concurrency or parallelization factor) or add an enhanced fan-out consumer`;
      if (c.capacity.mode === 'on-demand') return `on-demand capacity doubles only ${KDS.onDemandScaleUpSeconds.value} s after a peak: switch to provisioned shards sized for the peak, or ramp the load up`;
      if (c.partitionKeyStrategy === 'single-key') return 'one partition key sends every record to one shard, so more shards cannot help: use random or per-source partition keys';
      return `set shards to ${needed(c.capacity.shardCount, stats)}`;
    }
    case 'kinesis-firehose':
      return `the Direct PUT quota (${fmt(FH.directPutRecordsPerSecond.value)} records/s, ${FH.directPutMiBPerSecond.value} MiB/s) is a soft limit: request ${fmt(Math.ceil(stats.peakDemand * 100))} % of it, or write through a Kinesis data stream`;
    case 'lambda': {
      const c = config as ConfigOf<'lambda'>;
      const current = c.concurrency.mode === 'reserved' ? c.concurrency.executions : LAMBDA.accountConcurrency.value;
      return c.concurrency.mode === 'reserved' ? `raise Lambda concurrency to ${needed(Math.max(1, current), stats)}` : `request an account concurrency quota of ${needed(current, stats)} (the function shares the default ${current})`;
    }
    case 'iot-core':
      return `spread publishes over more MQTT connections or request a higher publish quota (peak demand ${fmt(stats.peakDemand)}× the limit)`;
    case 's3-bucket':
      return `S3 takes ${S3.putRequestsPerSecondPerPrefix.value} PUTs/s per prefix: batch records into fewer objects (a Firehose buffer) or spread keys over ${fmt(Math.ceil(stats.peakDemand))} or more prefixes`;
    case 'sagemaker': {
      const c = config as ConfigOf<'sagemaker'>;
      return `set endpoint instances to ${needed(c.instanceCount, stats)}`;
    }
    default:
      return `raise its limit to at least ${fmt(Math.ceil(stats.peakDemand * 100))} % of the current one`;
  }
}
