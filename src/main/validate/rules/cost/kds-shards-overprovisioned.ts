import { KINESIS_DATA_STREAMS_PRICES as P } from '../../../../shared/catalog/prices/kinesis-data-streams';
import { HOURS_PER_MONTH } from '../../../../shared/catalog/prices/units';
import type { Finding } from '../../../../shared/findings/finding';
import { finding, type Rule } from '../../rule';
import { plural, usd } from '../capacity/format';
import { classicConsumerCount, shardNeed, streamsWithWorkload } from '../capacity/kinesis';
import { OVERPROVISIONED_FACTOR } from './thresholds';

/**
 * PW703: a provisioned stream with more than 4× the shards its declared peak needs. Only when
 * every input of the stream is known. Pipeline scope (workload).
 */
export const kdsShardsOverprovisioned: Rule = {
  code: 'PW703',
  scope: 'pipeline',
  check(ctx) {
    const findings: Finding[] = [];
    for (const { node, config, flow } of streamsWithWorkload(ctx)) {
      if (config.capacity.mode !== 'provisioned' || !flow.complete) continue;
      const shards = config.capacity.shardCount;
      const needed = shardNeed(flow, classicConsumerCount(ctx, node, config)).needed;
      if (shards <= OVERPROVISIONED_FACTOR * needed) continue;
      // Each idle shard costs its shard-hours, and a consumer-shard-hour per enhanced fan-out consumer.
      const perShard = (P.shardHour.value + config.enhancedFanOutConsumers.length * P.efoConsumerShardHour.value) * HOURS_PER_MONTH;
      const message =
        `${node.label}: ${plural(shards, 'shard')} for a peak workload that ${plural(needed, 'shard')} ${needed === 1 ? 'carries' : 'carry'}: ` +
        `the ${shards - needed} extra cost about ${usd((shards - needed) * perShard)}/month`;
      findings.push(
        finding('PW703', message, {
          nodeId: node.id,
          path: ['capacity', 'shardCount'],
          fix: { label: `Set shards to ${needed}`, operations: [{ op: 'set-config', nodeId: node.id, path: ['capacity', 'shardCount'], value: needed }] },
        }),
      );
    }
    return findings;
  },
};
