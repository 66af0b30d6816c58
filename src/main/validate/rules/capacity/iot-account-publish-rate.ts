import { IOT_CORE_LIMITS_TABLE as L } from '../../../../shared/catalog/limits/iot-core';
import { finding, type Rule } from '../../rule';
import { count } from './format';
import { workloadOf } from './workload';

/**
 * PW405: device fleets publishing more than the account's default inbound publish rate. The quota
 * is per account and Region, so the messages into every IoT Core node of the pipeline add up:
 * pipeline scope.
 */
export const iotAccountPublishRate: Rule = {
  code: 'PW405',
  scope: 'pipeline',
  check(ctx) {
    const workload = workloadOf(ctx);
    const brokers = ctx.pipeline.nodes.filter((n) => n.kind === 'iot-core' && (workload.into(n.id)?.peakRecordsPerSecond ?? 0) > 0);
    const total = brokers.reduce((sum, n) => sum + workload.into(n.id)!.peakRecordsPerSecond, 0);
    if (total <= L.inboundPublishesPerSecondPerAccount.value) return [];
    const across = brokers.length > 1 ? ` (${brokers.length} IoT Core nodes together)` : '';
    return brokers.map((node) =>
      finding(
        'PW405',
        `${node.label}: devices publish ${count(total)} messages/s at peak${across}, above the ${L.inboundPublishesPerSecondPerAccount.value.toLocaleString('en-US')} inbound publishes/s ` +
          'an account gets by default: request a quota increase before the fleet goes live, or publishes beyond it are throttled',
        { nodeId: node.id },
      ),
    );
  },
};
