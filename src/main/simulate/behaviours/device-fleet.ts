import { CONSTANT, createSource } from './emitter';
import type { Behaviour } from './types';

/**
 * Devices publishing MQTT messages: devices × messages/s each, every message the same size.
 * Each device is one connection and one partition key (`sources`), so IoT Core's per-connection
 * limit and a stream's hot shard see the fleet as it is. The kind has no load profile yet: constant.
 */
export const deviceFleetBehaviour: Behaviour<'device-fleet'> = {
  create: (config, ctx) =>
    createSource(
      ctx,
      { recordsPerSecond: config.deviceCount * config.messagesPerSecondPerDevice, recordSizeBytes: config.messageSizeBytes, recordSizeSpreadPercent: 0, loadProfile: CONSTANT, sources: config.deviceCount },
      'a device fleet',
    ),
};
