import { KINESIS_DATA_STREAMS_LIMITS_TABLE as L } from '../../../../shared/catalog/limits/kinesis-data-streams';
import type { Finding } from '../../../../shared/findings/finding';
import { finding, type Rule } from '../../rule';
import { count, mibPerSecond } from './format';
import { shardNeed, streamsWithWorkload } from './kinesis';

/** PW408: one partition key for a workload beyond one shard's writes: every record lands on the same shard. Pipeline scope (workload). */
export const kdsSinglePartitionKey: Rule = {
  code: 'PW408',
  scope: 'pipeline',
  check(ctx) {
    const findings: Finding[] = [];
    for (const { node, config, flow } of streamsWithWorkload(ctx)) {
      if (config.partitionKeyStrategy !== 'single-key' || shardNeed(flow, 0).writeShards <= 1) continue;
      const message =
        `${node.label}: one partition key sends all ${mibPerSecond(flow.peakBytesPerSecond)} and ${count(flow.peakRecordsPerSecond)} records/s of its peak to a single shard, ` +
        `which takes ${L.shardWriteMiBPerSecond.value} MiB/s or ${L.shardWriteRecordsPerSecond.value.toLocaleString('en-US')} records/s whatever the stream's capacity: the rest is throttled`;
      findings.push(
        finding('PW408', message, {
          nodeId: node.id,
          path: ['partitionKeyStrategy'],
          fix: { label: 'Use one partition key per source', operations: [{ op: 'set-config', nodeId: node.id, path: ['partitionKeyStrategy'], value: 'per-source' }] },
        }),
      );
    }
    return findings;
  },
};
