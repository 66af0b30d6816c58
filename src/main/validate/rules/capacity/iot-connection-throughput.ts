import { IOT_CORE_LIMITS_TABLE as L } from '../../../../shared/catalog/limits/iot-core';
import { KIB } from '../../../../shared/catalog/limits/units';
import { finding, type Rule } from '../../rule';
import { count } from './format';

/**
 * PW404: a device publishing more bytes per second than one MQTT connection carries. (More than 100
 * publishes/s per device is refused by the fleet's schema already: PW301.) Node scope: the fleet's own settings.
 */
export const iotConnectionThroughput: Rule = {
  code: 'PW404',
  scope: 'node',
  check(node, ctx) {
    const config = ctx.configOf(node, 'device-fleet');
    if (!config) return [];
    const perConnection = config.messagesPerSecondPerDevice * config.messageSizeBytes;
    if (perConnection <= L.throughputPerConnectionKiBps.value * KIB) return [];
    const message =
      `${node.label}: each device publishes ${count(perConnection / KIB)} KiB/s (${count(config.messagesPerSecondPerDevice)} messages/s of ${count(config.messageSizeBytes / KIB)} KiB), ` +
      `above the ${L.throughputPerConnectionKiBps.value} KiB/s IoT Core allows per connection: the excess is held back and the devices fall ever further behind`;
    return [finding('PW404', message, { nodeId: node.id, path: ['messagesPerSecondPerDevice'] })];
  },
};
