import { describe, expect, it } from 'vitest';
import { createContext } from '../../context';
import { pipelineOf } from '../testing';
import { meanMultiplier, peakMultiplier, workloadOf } from './workload';

const flowInto = (p: ReturnType<typeof pipelineOf>, id: string) => workloadOf(createContext(p)).into(id);

describe('workload propagation', () => {
  it('carries device messages through IoT Core and a stream to a Firehose, which delivers objects of one buffer each', () => {
    const p = pipelineOf(
      [
        { id: 'devices', kind: 'device-fleet', config: { deviceCount: 100, messagesPerSecondPerDevice: 2, messageSizeBytes: 500 } },
        { id: 'iot', kind: 'iot-core' },
        { id: 'kds', kind: 'kinesis-data-stream' },
        { id: 'fh', kind: 'kinesis-firehose', config: { bufferSizeMiB: 1, bufferIntervalSeconds: 60 } },
        { id: 'lake', kind: 's3-bucket' },
      ],
      [['devices', 'iot'], ['iot', 'kds'], ['kds', 'fh'], ['fh', 'lake']],
    );
    expect(flowInto(p, 'kds')).toEqual({ recordsPerSecond: 200, bytesPerSecond: 100_000, peakRecordsPerSecond: 200, peakBytesPerSecond: 100_000, complete: true });
    // 100,000 B/s × 60 s = 6,000,000 B, capped by the 1 MiB buffer: one object every 10.49 s.
    const objects = flowInto(p, 'lake')!;
    expect(objects.bytesPerSecond).toBe(100_000);
    expect(objects.recordsPerSecond).toBeCloseTo(100_000 / 1_048_576, 9);
  });

  it('adds known inputs and marks the sum incomplete when an input is unknown; DMS forwards changes, not a full load', () => {
    const p = pipelineOf(
      [
        { id: 'db', kind: 'onprem-database', config: { changeRateRowsPerSecond: 50, rowSizeBytes: 200 } },
        { id: 'dms', kind: 'dms', config: { migrationType: 'full-load-and-cdc' } },
        { id: 'fn', kind: 'lambda' },
        { id: 'kds', kind: 'kinesis-data-stream' },
      ],
      [['db', 'dms'], ['dms', 'kds'], ['fn', 'kds']],
    );
    expect(flowInto(p, 'kds')).toMatchObject({ recordsPerSecond: 50, bytesPerSecond: 10_000, complete: false });
    p.nodes[1]!.config.migrationType = 'full-load';
    expect(flowInto(p, 'kds')).toBeUndefined();
  });

  it('gives nodes on a cycle of data edges no workload, and still finishes', () => {
    const p = pipelineOf(
      [{ id: 'apps', kind: 'app-producer' }, { id: 'kds', kind: 'kinesis-data-stream' }, { id: 'fn', kind: 'lambda' }],
      [['apps', 'kds'], ['kds', 'fn'], ['fn', 'kds']],
    );
    expect(flowInto(p, 'kds')).toBeUndefined();
  });

  it('shapes a producer by its load profile', () => {
    const spikes = { shape: 'spikes', multiplier: 5, everySeconds: 3_600, durationSeconds: 360 } as const;
    expect([peakMultiplier(spikes), meanMultiplier(spikes)]).toEqual([5, 1.4]);
    expect([peakMultiplier({ shape: 'diurnal', peakToMean: 1.5 }), meanMultiplier({ shape: 'diurnal', peakToMean: 1.5 })]).toEqual([1.5, 1]);
    expect([peakMultiplier({ shape: 'ramp', toMultiplier: 0.5, overSeconds: 60 }), meanMultiplier({ shape: 'ramp', toMultiplier: 0.5, overSeconds: 60 })]).toEqual([1, 0.5]);
  });
});
