import { KINESIS_DATA_STREAMS_LIMITS_TABLE as L } from '../../../../shared/catalog/limits/kinesis-data-streams';
import { MIB } from '../../../../shared/catalog/limits/units';
import type { Finding } from '../../../../shared/findings/finding';
import { finding, type Rule } from '../../rule';
import { count, mibPerSecond, plural } from './format';
import { classicConsumerCount, shardNeed, streamsWithWorkload } from './kinesis';

/** PW403: an on-demand stream whose peak is above the capacity a new on-demand stream starts with. Pipeline scope (workload). */
export const kdsOnDemandDefaultCapacity: Rule = {
  code: 'PW403',
  scope: 'pipeline',
  check(ctx) {
    const findings: Finding[] = [];
    for (const { node, config, flow } of streamsWithWorkload(ctx)) {
      if (config.capacity.mode !== 'on-demand') continue;
      const classic = classicConsumerCount(ctx, node, config);
      const over: string[] = [];
      if (flow.peakBytesPerSecond > L.onDemandDefaultWriteMiBPerSecond.value * MIB) over.push(`${mibPerSecond(flow.peakBytesPerSecond)} in (starts at ${L.onDemandDefaultWriteMiBPerSecond.value} MiB/s)`);
      if (flow.peakRecordsPerSecond > L.onDemandDefaultWriteRecordsPerSecond.value) over.push(`${count(flow.peakRecordsPerSecond)} records/s (starts at ${L.onDemandDefaultWriteRecordsPerSecond.value.toLocaleString('en-US')})`);
      const reads = flow.peakBytesPerSecond * classic;
      if (reads > L.onDemandDefaultReadMiBPerSecond.value * MIB) over.push(`${mibPerSecond(reads)} read by classic consumers (starts at ${L.onDemandDefaultReadMiBPerSecond.value} MiB/s)`);
      if (over.length === 0) continue;
      const need = shardNeed(flow, classic);
      const message =
        `${node.label}: its peak of ${over.join(' and ')} is above what a new on-demand stream can take: it is throttled until on-demand ` +
        'has scaled to the traffic (capacity follows the peak of the last 30 days), and again whenever traffic jumps past twice that peak';
      const fix =
        need.needed <= L.shardsPerAccount.value
          ? { label: `Switch to provisioned with ${plural(need.needed, 'shard')}`, operations: [{ op: 'set-config' as const, nodeId: node.id, path: ['capacity'], value: { mode: 'provisioned', shardCount: need.needed } }] }
          : undefined;
      findings.push(finding('PW403', message, { nodeId: node.id, path: ['capacity'], ...(fix && { fix }) }));
    }
    return findings;
  },
};
