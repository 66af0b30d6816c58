import { describe, expect, it } from 'vitest';
import { iotAccountPublishRate } from './iot-account-publish-rate';
import { findingsOf, pipelineOf } from '../testing';

const fleet = (id: string, deviceCount: number) => ({ id, kind: 'device-fleet' as const, label: id, config: { deviceCount, messagesPerSecondPerDevice: 1 } });

describe('PW405 iot-account-publish-rate', () => {
  it('warns when the fleets publish more than the account quota', () => {
    const p = pipelineOf([fleet('meters', 25_000), { id: 'iot', kind: 'iot-core', label: 'IoT Core' }], [['meters', 'iot']]);
    expect(findingsOf(iotAccountPublishRate, p)).toEqual([
      {
        code: 'PW405',
        severity: 'warning',
        message:
          'IoT Core: devices publish 25,000 messages/s at peak, above the 20,000 inbound publishes/s an account gets by default: ' +
          'request a quota increase before the fleet goes live, or publishes beyond it are throttled',
        nodeId: 'iot',
      },
    ]);
  });

  it('adds up the IoT Core nodes of the pipeline (one account)', () => {
    const p = pipelineOf(
      [fleet('a', 12_000), fleet('b', 12_000), { id: 'iot1', kind: 'iot-core', label: 'East' }, { id: 'iot2', kind: 'iot-core', label: 'West' }],
      [['a', 'iot1'], ['b', 'iot2']],
    );
    const findings = findingsOf(iotAccountPublishRate, p);
    expect(findings.map((f) => f.nodeId)).toEqual(['iot1', 'iot2']);
    expect(findings[0]?.message).toContain('devices publish 24,000 messages/s at peak (2 IoT Core nodes together)');
  });

  it('passes fleets within the quota', () => {
    expect(findingsOf(iotAccountPublishRate, pipelineOf([fleet('meters', 20_000), { id: 'iot', kind: 'iot-core' }], [['meters', 'iot']]))).toEqual([]);
  });
});
