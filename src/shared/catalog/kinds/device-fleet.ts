import { z } from 'zod';
import icon from 'aws-icons/icons/resource/AWSIoTThingGeneric.svg?raw';
import { IOT_CORE_LIMITS_TABLE as L } from '../limits/iot-core';
import { KIB } from '../limits/units';
import { defineKind } from '../types';
import { loadProfileSetting, sizeSpreadSetting } from '../workload';

/** A fleet of devices publishing telemetry over MQTT (AWS IoT Device SDK). */
export const deviceFleet = defineKind({
  id: 'device-fleet',
  title: 'Device fleet (MQTT)',
  shortTitle: 'Devices',
  category: 'sources',
  summary: 'Sensors and machines publishing MQTT messages to AWS IoT Core.',
  help:
    'A population of connected devices, each holding one MQTT connection to AWS IoT Core and publishing telemetry on a topic. ' +
    'Its size, message rate and message size are the workload the simulator pushes into the pipeline. ' +
    `IoT Core rejects payloads over ${L.messageSizeMaxKiB.value} KB, allows ${L.publishesPerSecondPerConnection.value} publishes/s and ` +
    `${L.throughputPerConnectionKiBps.value} KiB/s per connection (excess publishes are discarded, not queued), and ` +
    `${L.inboundPublishesPerSecondPerAccount.value.toLocaleString('en-US')} inbound publishes/s per account by default: a large fleet needs that quota raised. ` +
    'IoT Core supports QoS 0 and 1 only.',
  icon,
  config: z.object({
    // Sanity bound for the simulator, not an AWS quota.
    deviceCount: z.number().int().min(1).max(10_000_000).default(100).meta({ title: 'Devices', unit: 'devices', description: 'Devices publishing at the same time, one MQTT connection each.' }),
    messagesPerSecondPerDevice: z
      .number()
      .positive()
      .max(L.publishesPerSecondPerConnection.value)
      .default(1)
      .meta({ title: 'Rate per device', unit: 'messages/s', description: `Mean publishes per second of one device (at most ${L.publishesPerSecondPerConnection.value}/s per connection).` }),
    messageSizeBytes: z
      .number()
      .int()
      .min(1)
      .max(L.messageSizeMaxKiB.value * KIB)
      .default(512)
      .meta({ title: 'Message size', unit: 'bytes', description: `Mean payload of one publish; IoT Core rejects more than ${L.messageSizeMaxKiB.value} KB.` }),
    messageSizeSpreadPercent: sizeSpreadSetting('Message'),
    loadProfile: loadProfileSetting(),
    qos: z
      .enum(['QoS 0', 'QoS 1'])
      .default('QoS 1')
      .meta({ title: 'MQTT QoS', description: 'QoS 0: at most once, no acknowledgement. QoS 1: at least once, the broker acknowledges (PUBACK) and the device retries. IoT Core has no QoS 2.' }),
    protocol: z.enum(['MQTT', 'MQTT over WebSocket']).default('MQTT').meta({ title: 'Protocol', description: 'MQTT over TLS (port 8883 or 443 with ALPN), or MQTT over secure WebSocket.' }),
    topic: z
      .string()
      .min(1)
      .default('devices/{deviceId}/telemetry')
      .meta({ title: 'Topic', description: 'Topic each device publishes to; {deviceId} stands for the device’s own id. IoT topic rules select from it.' }),
  }),
  inputs: [],
  outputs: [{ id: 'records', label: 'MQTT messages', edgeKind: 'data' }],
});
