import { KINESIS_DATA_STREAMS_LIMITS_TABLE as L } from '../../../../shared/catalog/limits/kinesis-data-streams';
import type { Finding } from '../../../../shared/findings/finding';
import { finding, type Rule } from '../../rule';
import { plural, usd } from '../capacity/format';
import { classicConsumerCount, shardNeed, streamsWithWorkload } from '../capacity/kinesis';
import { onDemandMonthlyCost, provisionedMonthlyCost } from './kinesis-cost';

/**
 * PW702: an on-demand stream whose declared workload provisioned shards would carry for less (at
 * list prices, us-east-1). Only when every input of the stream is known. Pipeline scope (workload).
 */
export const kdsOnDemandSteadyWorkload: Rule = {
  code: 'PW702',
  scope: 'pipeline',
  check(ctx) {
    const findings: Finding[] = [];
    for (const { node, config, flow } of streamsWithWorkload(ctx)) {
      if (config.capacity.mode !== 'on-demand' || !flow.complete) continue;
      const readers = { classic: classicConsumerCount(ctx, node, config), enhanced: config.enhancedFanOutConsumers.length };
      const shards = shardNeed(flow, readers.classic).needed;
      if (shards > L.shardsPerAccount.value) continue;
      const onDemand = onDemandMonthlyCost(flow, readers);
      const provisioned = provisionedMonthlyCost(flow, readers, shards);
      if (provisioned >= onDemand) continue;
      const message =
        `${node.label}: on-demand costs about ${usd(onDemand)}/month for its declared workload; ${plural(shards, 'provisioned shard')} would carry its peak ` +
        `for about ${usd(provisioned)}/month (${usd(onDemand - provisioned)} less). On-demand pays off for unpredictable traffic, not for a known one`;
      findings.push(
        finding('PW702', message, {
          nodeId: node.id,
          path: ['capacity'],
          fix: { label: `Switch to provisioned with ${plural(shards, 'shard')}`, operations: [{ op: 'set-config', nodeId: node.id, path: ['capacity'], value: { mode: 'provisioned', shardCount: shards } }] },
        }),
      );
    }
    return findings;
  },
};
