import { describe, expect, it } from 'vitest';
import { iotConnectionThroughput } from './iot-connection-throughput';
import { findingsOf, pipelineOf } from '../testing';

const fleet = (messagesPerSecondPerDevice: number, messageSizeBytes: number) =>
  pipelineOf([{ id: 'devices', kind: 'device-fleet', label: 'Cameras', config: { messagesPerSecondPerDevice, messageSizeBytes } }]);

describe('PW404 iot-connection-throughput', () => {
  it('flags devices publishing more than 512 KiB/s on their connection', () => {
    expect(findingsOf(iotConnectionThroughput, fleet(100, 6 * 1_024))).toEqual([
      {
        code: 'PW404',
        severity: 'error',
        message: 'Cameras: each device publishes 600 KiB/s (100 messages/s of 6 KiB), above the 512 KiB/s IoT Core allows per connection: the excess is held back and the devices fall ever further behind',
        nodeId: 'devices',
        path: ['messagesPerSecondPerDevice'],
      },
    ]);
  });

  it('passes 500 KiB/s, and leaves more than 100 publishes/s to the schema (PW301)', () => {
    expect(findingsOf(iotConnectionThroughput, fleet(100, 5 * 1_024))).toEqual([]);
    expect(findingsOf(iotConnectionThroughput, fleet(200, 6 * 1_024))).toEqual([]);
  });
});
