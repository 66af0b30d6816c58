import { KINESIS_DATA_STREAMS_LIMITS_TABLE as L } from '../../../../shared/catalog/limits/kinesis-data-streams';
import { finding, type Rule } from '../../rule';
import { plural } from './format';
import { classicConsumerCount, registerEnhancedFanOut } from './kinesis';

/** Classic consumers a shard serves when each polls once per KCL interval: 5 GetRecords calls/s ÷ 1 call/s. */
const MAX_CLASSIC_CONSUMERS = Math.floor(L.getRecordsCallsPerSecondPerShard.value * L.kclPollIntervalSeconds.value);

/** PW402: more classic consumers than a shard's GetRecords calls can serve. Node scope: the stream and its consumers. */
export const kdsGetRecordsConsumers: Rule = {
  code: 'PW402',
  scope: 'node',
  check(node, ctx) {
    const config = ctx.configOf(node, 'kinesis-data-stream');
    if (!config) return [];
    const classic = classicConsumerCount(ctx, node, config);
    if (classic <= MAX_CLASSIC_CONSUMERS) return [];
    const message =
      `${node.label}: ${plural(classic, 'classic consumer')} poll each shard, but a shard serves ${L.getRecordsCallsPerSecondPerShard.value} GetRecords calls/s ` +
      `shared by all of them: polling every ${plural(L.kclPollIntervalSeconds.value, 'second')}, more than ${MAX_CLASSIC_CONSUMERS} are throttled and fall behind`;
    const efo = registerEnhancedFanOut(ctx, node, config, classic - MAX_CLASSIC_CONSUMERS);
    const fix = efo && classic - efo.added <= MAX_CLASSIC_CONSUMERS ? { label: `Use enhanced fan-out for ${plural(efo.added, 'consumer')}`, operations: [efo.operation] } : undefined;
    return [finding('PW402', message, { nodeId: node.id, path: ['enhancedFanOutConsumers'], ...(fix && { fix }) })];
  },
};
