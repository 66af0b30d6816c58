import { KINESIS_DATA_STREAMS_LIMITS_TABLE as L } from '../../../../shared/catalog/limits/kinesis-data-streams';
import type { Finding, FixOperation } from '../../../../shared/findings/finding';
import { finding, type Rule } from '../../rule';
import { count, mibPerSecond, plural } from './format';
import { classicConsumerCount, registerEnhancedFanOut, shardNeed, streamsWithWorkload } from './kinesis';

/**
 * PW401: a provisioned stream with fewer shards than its peak workload needs:
 * max(write MiB/s ÷ 1, records/s ÷ 1,000, classic read MiB/s ÷ 2). Pipeline scope: the workload
 * comes from the sources upstream (see workload.ts).
 */
export const kdsShardsInsufficient: Rule = {
  code: 'PW401',
  scope: 'pipeline',
  check(ctx) {
    const findings: Finding[] = [];
    for (const { node, config, flow } of streamsWithWorkload(ctx)) {
      if (config.capacity.mode !== 'provisioned') continue;
      const shards = config.capacity.shardCount;
      const classic = classicConsumerCount(ctx, node, config);
      const need = shardNeed(flow, classic);
      if (need.needed <= shards) continue;

      const reads = classic > 0 ? `; ${plural(classic, 'classic consumer')} ${classic === 1 ? 'reads' : 'read'} ${mibPerSecond(need.classicReadBytesPerSecond)}` : '';
      const bound = flow.complete ? '' : ' (at least: part of its input cannot be derived)';
      const message =
        `${node.label}: its peak workload needs ${plural(need.needed, 'shard')}${bound} (${mibPerSecond(flow.peakBytesPerSecond)} and ` +
        `${count(flow.peakRecordsPerSecond)} records/s in${reads}) but it has ${shards}: writes beyond ${L.shardWriteMiBPerSecond.value} MiB/s or ` +
        `${L.shardWriteRecordsPerSecond.value.toLocaleString('en-US')} records/s per shard, and classic reads beyond ${L.shardReadMiBPerSecond.value} MiB/s per shard, are throttled`;

      const setShards = (n: number): FixOperation => ({ op: 'set-config', nodeId: node.id, path: ['capacity', 'shardCount'], value: n });
      let fix: Finding['fix'];
      // Reads are the bottleneck: give the consumers that can have it their own throughput.
      const efo = need.readShards > Math.max(need.writeShards, shards) ? registerEnhancedFanOut(ctx, node, config, classic) : undefined;
      const after = efo && shardNeed(flow, classic - efo.added);
      if (efo && after && after.needed < need.needed && after.needed <= L.shardsPerAccount.value) {
        const label = `Use enhanced fan-out for ${plural(efo.added, 'consumer')}`;
        fix = after.needed > shards ? { label: `${label} and set shards to ${after.needed}`, operations: [efo.operation, setShards(after.needed)] } : { label, operations: [efo.operation] };
      } else if (need.needed <= L.shardsPerAccount.value) {
        fix = { label: `Set shards to ${need.needed}`, operations: [setShards(need.needed)] };
      }
      findings.push(finding('PW401', message, { nodeId: node.id, path: ['capacity', 'shardCount'], ...(fix && { fix }) }));
    }
    return findings;
  },
};
