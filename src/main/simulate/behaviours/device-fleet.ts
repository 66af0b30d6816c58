import { createSource } from './emitter';
import type { Behaviour } from './types';

/**
 * Devices publishing MQTT messages: devices × messages/s each, shaped by the load profile, message
 * sizes within ± the spread of the mean. Each device is one connection and one partition key
 * (`sources`), so IoT Core's per-connection limit and a stream's hot shard see the fleet as it is.
 */
export const deviceFleetBehaviour: Behaviour<'device-fleet'> = {
  create: (config, ctx) =>
    createSource(
      ctx,
      {
        recordsPerSecond: config.deviceCount * config.messagesPerSecondPerDevice,
        recordSizeBytes: config.messageSizeBytes,
        recordSizeSpreadPercent: config.messageSizeSpreadPercent,
        loadProfile: config.loadProfile,
        sources: config.deviceCount,
      },
      'a device fleet',
    ),
};
