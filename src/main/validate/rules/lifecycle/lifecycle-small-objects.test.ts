import { describe, expect, it } from 'vitest';
import { applyFix, findingsOf, pipelineOf } from '../testing';
import { lifecycleSmallObjects } from './lifecycle-small-objects';

const TO_IA = { id: 'archive', transitions: [{ days: 30, storageClass: 'Standard-IA' }] };

/** Producers → Firehose → bucket with one lifecycle rule. */
const viaFirehose = (recordsPerSecond: number, rule: Record<string, unknown> = TO_IA, firehose: Record<string, unknown> = {}) =>
  pipelineOf(
    [
      { id: 'apps', kind: 'app-producer', label: 'Apps', config: { recordsPerSecond, recordSizeBytes: 100 } },
      { id: 'fh', kind: 'kinesis-firehose', label: 'Delivery', config: { prefix: 'clicks/', ...firehose } },
      { id: 'raw', kind: 's3-bucket', label: 'Raw', config: { lifecycleRules: [rule] } },
    ],
    [['apps', 'fh'], ['fh', 'raw']],
  );

describe('PW502 lifecycle-small-objects', () => {
  it('flags a transition of the small objects a thin Firehose delivers; the fix buffers longer', () => {
    const p = viaFirehose(2);
    const findings = findingsOf(lifecycleSmallObjects, p);
    expect(findings).toEqual([
      {
        code: 'PW502',
        severity: 'warning',
        message:
          'Raw: lifecycle rule "archive" transitions objects, but those written here are under 128 KiB (Delivery: about 59 KiB), ' +
          'which S3 Lifecycle does not transition: they stay in their class and the rule saves nothing for them',
        nodeId: 'raw',
        path: ['lifecycleRules', '0', 'transitions'],
        fix: { label: 'Buffer Delivery for 656 s', operations: [{ op: 'set-config', nodeId: 'fh', path: ['bufferIntervalSeconds'], value: 656 }] },
      },
    ]);
    expect(findingsOf(lifecycleSmallObjects, applyFix(p, findings[0]!.fix!.operations))).toEqual([]);
  });

  it('offers no fix when the buffer interval cannot get there, or compression would shrink the objects again', () => {
    expect(findingsOf(lifecycleSmallObjects, viaFirehose(1))[0]?.fix).toBeUndefined();
    const [gzip] = findingsOf(lifecycleSmallObjects, viaFirehose(2, TO_IA, { compression: 'GZIP' }));
    expect(gzip?.code).toBe('PW502');
    expect(gzip?.fix).toBeUndefined();
  });

  it('flags IoT rule S3 actions, one small object per message', () => {
    const p = pipelineOf(
      [
        { id: 'devices', kind: 'device-fleet', label: 'Sensors' },
        { id: 'iot', kind: 'iot-core', label: 'IoT Core', config: { rules: [{ name: 'to_s3', sql: "SELECT * FROM 'devices/+/telemetry'", sqlVersion: '2016-03-23', actions: ['S3'], errorAction: 'none' }] } },
        { id: 'raw', kind: 's3-bucket', label: 'Raw', config: { lifecycleRules: [TO_IA] } },
      ],
      [['devices', 'iot'], ['iot', 'raw']],
    );
    expect(findingsOf(lifecycleSmallObjects, p)[0]?.message).toContain('(IoT Core: about 0.5 KiB)');
  });

  it('passes big enough objects, rules whose filter cannot select the objects, and unknown writers', () => {
    expect(findingsOf(lifecycleSmallObjects, viaFirehose(10))).toEqual([]);
    expect(findingsOf(lifecycleSmallObjects, viaFirehose(2, { ...TO_IA, prefix: 'logs/' }))).toEqual([]);
    expect(findingsOf(lifecycleSmallObjects, viaFirehose(2, { ...TO_IA, tags: [{ key: 'tier', value: 'raw' }] }))).toEqual([]);
    expect(findingsOf(lifecycleSmallObjects, viaFirehose(2, { id: 'expire', expirationDays: 30 }))).toEqual([]);
    const unknown = pipelineOf([{ id: 'fn', kind: 'lambda' }, { id: 'raw', kind: 's3-bucket', config: { lifecycleRules: [TO_IA] } }], [['fn', 'raw']]);
    expect(findingsOf(lifecycleSmallObjects, unknown)).toEqual([]);
  });
});
