import { describe, expect, it } from 'vitest';
import { kdsShardsInsufficient } from './kds-shards-insufficient';
import { applyFix, findingsOf, pipelineOf } from '../testing';

const producer = (recordsPerSecond: number, extra: Record<string, unknown> = {}) => ({ id: 'apps', kind: 'app-producer' as const, label: 'Apps', config: { recordsPerSecond, recordSizeBytes: 1_024, ...extra } });
const stream = (config: Record<string, unknown> = {}) => ({ id: 'kds', kind: 'kinesis-data-stream' as const, label: 'Events', config });

describe('PW401 kds-shards-insufficient', () => {
  it('flags a stream whose peak writes need more shards; the fix sets the count', () => {
    const p = pipelineOf([producer(2_000), stream(), { id: 'fn', kind: 'lambda', label: 'Handler' }], [['apps', 'kds'], ['kds', 'fn']]);
    const findings = findingsOf(kdsShardsInsufficient, p);
    expect(findings).toEqual([
      {
        code: 'PW401',
        severity: 'error',
        message:
          'Events: its peak workload needs 2 shards (1.95 MiB/s and 2,000 records/s in; 1 classic consumer reads 1.95 MiB/s) but it has 1: ' +
          'writes beyond 1 MiB/s or 1,000 records/s per shard, and classic reads beyond 2 MiB/s per shard, are throttled',
        nodeId: 'kds',
        path: ['capacity', 'shardCount'],
        fix: { label: 'Set shards to 2', operations: [{ op: 'set-config', nodeId: 'kds', path: ['capacity', 'shardCount'], value: 2 }] },
      },
    ]);
    expect(findingsOf(kdsShardsInsufficient, applyFix(p, findings[0]!.fix!.operations))).toEqual([]);
  });

  it('sizes for the peak of the load profile, and follows the workload through IoT Core', () => {
    const spiky = pipelineOf([producer(500, { loadProfile: { shape: 'spikes', multiplier: 3, everySeconds: 3_600, durationSeconds: 60 } }), stream()], [['apps', 'kds']]);
    expect(findingsOf(kdsShardsInsufficient, spiky)[0]?.fix?.label).toBe('Set shards to 2');
    const iot = pipelineOf(
      [
        { id: 'devices', kind: 'device-fleet', label: 'Sensors', config: { deviceCount: 3_000, messagesPerSecondPerDevice: 1, messageSizeBytes: 200 } },
        { id: 'iot', kind: 'iot-core', label: 'IoT Core' },
        stream({ capacity: { mode: 'provisioned', shardCount: 2 } }),
      ],
      [['devices', 'iot'], ['iot', 'kds']],
    );
    expect(findingsOf(kdsShardsInsufficient, iot)[0]).toMatchObject({ message: expect.stringMatching(/^Events: its peak workload needs 3 shards \(0\.57 MiB\/s and 3,000 records\/s in\) but it has 2/) });
  });

  it('registers the consumers that can use it for enhanced fan-out when reads are the bottleneck', () => {
    const p = pipelineOf(
      [
        producer(900),
        stream(),
        { id: 'a', kind: 'lambda', label: 'Alerts' },
        { id: 'b', kind: 'lambda', label: 'Audit log' },
        { id: 'c', kind: 'kinesis-analytics', label: 'Anomalies' },
        { id: 'fh', kind: 'kinesis-firehose', label: 'To lake' },
      ],
      [['apps', 'kds'], ['kds', 'a'], ['kds', 'b'], ['kds', 'c'], ['kds', 'fh']],
    );
    const [finding] = findingsOf(kdsShardsInsufficient, p);
    expect(finding?.message).toContain('needs 2 shards (0.88 MiB/s and 900 records/s in; 4 classic consumers read 3.52 MiB/s) but it has 1');
    expect(finding?.fix).toEqual({
      label: 'Use enhanced fan-out for 3 consumers',
      operations: [{ op: 'set-config', nodeId: 'kds', path: ['enhancedFanOutConsumers'], value: [{ name: 'Alerts' }, { name: 'Audit-log' }, { name: 'Anomalies' }] }],
    });
    expect(findingsOf(kdsShardsInsufficient, applyFix(p, finding!.fix!.operations))).toEqual([]);
  });

  it('adds shards with enhanced fan-out when writes need them too', () => {
    const p = pipelineOf(
      [producer(1_500), stream(), { id: 'a', kind: 'lambda', label: 'A' }, { id: 'b', kind: 'lambda', label: 'B' }, { id: 'c', kind: 'lambda', label: 'C' }],
      [['apps', 'kds'], ['kds', 'a'], ['kds', 'b'], ['kds', 'c']],
    );
    const [finding] = findingsOf(kdsShardsInsufficient, p);
    expect(finding?.fix?.label).toBe('Use enhanced fan-out for 3 consumers and set shards to 2');
    expect(findingsOf(kdsShardsInsufficient, applyFix(p, finding!.fix!.operations))).toEqual([]);
  });

  it('says "at least" when part of the input is unknown', () => {
    const p = pipelineOf([producer(2_000), { id: 'fn', kind: 'lambda', label: 'Fn' }, stream()], [['apps', 'kds'], ['fn', 'kds']]);
    expect(findingsOf(kdsShardsInsufficient, p)[0]?.message).toContain('needs 2 shards (at least: part of its input cannot be derived)');
  });

  it('passes a stream with enough shards, an on-demand stream, unknown inputs and records the stream rejects', () => {
    expect(findingsOf(kdsShardsInsufficient, pipelineOf([producer(900), stream()], [['apps', 'kds']]))).toEqual([]);
    expect(findingsOf(kdsShardsInsufficient, pipelineOf([producer(5_000), stream({ capacity: { mode: 'on-demand' } })], [['apps', 'kds']]))).toEqual([]);
    expect(findingsOf(kdsShardsInsufficient, pipelineOf([{ id: 'fn', kind: 'lambda' }, stream()], [['fn', 'kds']]))).toEqual([]);
    // 2 MiB records are refused by the stream (PW303): they take none of its throughput.
    expect(findingsOf(kdsShardsInsufficient, pipelineOf([producer(10, { recordSizeBytes: 2 * 1_048_576 }), stream()], [['apps', 'kds']]))).toEqual([]);
  });
});
