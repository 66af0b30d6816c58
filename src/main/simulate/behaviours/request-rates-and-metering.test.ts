import { describe, expect, it } from 'vitest';
import { S3_LIMITS_TABLE as S3 } from '../../../shared/catalog/limits/s3';
import { LAMBDA_PRICES as L } from '../../../shared/catalog/prices/lambda';
import { balances, runChain, statsOf } from './testing';

const producer = (recordsPerSecond: number, recordSizeBytes: number) => ({ id: 'p', kind: 'app-producer' as const, config: { recordsPerSecond, recordSizeBytes, recordSizeSpreadPercent: 0 } });

describe('s3-bucket: PUTs per prefix', () => {
  it('5,000 loose records/s into one time-partitioned prefix: 3,500 PUTs/s are stored, the rest get 503 Slow Down', () => {
    // One cohort of 5,000 records a second (resolution 1 s), each its own PUT: 3,500 pass in each 1 s window.
    const result = runChain([producer(5_000, 100), { id: 'b', kind: 's3-bucket' }], { durationSeconds: 10, resolutionSeconds: 1 });
    const b = statsOf(result, 'b');
    expect(b).toMatchObject({ recordsIn: 50_000, recordsOut: 10 * S3.putRequestsPerSecondPerPrefix.value, recordsThrottled: 15_000, objectsWritten: 35_000, bytesStored: 3_500_000 });
    expect(b.utilizationMax).toBe(1);
    expect(balances(b)).toBe(true);
    expect(result.events.find((e) => e.nodeId === 'b' && e.type === 'first-throttle')?.t).toBe(0);
    expect(result.notes.some((n) => n.startsWith('b: 15000 records in PUTs refused (503 Slow Down)'))).toBe(true);
    // 5,000 PUTs/s offered against 3,500: the fix spreads them over 2 prefixes.
    expect(result.bottlenecks?.find((x) => x.nodeId === 'b')?.suggestion).toContain('spread keys over 2 or more prefixes');
  });

  it('keys partitioned by device spread over one prefix per device: 50 devices × 100 PUTs/s fit', () => {
    // Devices reach S3 through an IoT rule; 100 publishes/s per device is within IoT Core's per-connection limit.
    const fleet = { id: 'f', kind: 'device-fleet' as const, config: { deviceCount: 50, messagesPerSecondPerDevice: 100, messageSizeBytes: 100 } };
    const byDevice = { id: 'b', kind: 's3-bucket' as const, config: { partitioning: { scheme: 'by device', deviceAttribute: 'device_id' } } };
    const b = statsOf(runChain([fleet, { id: 'i', kind: 'iot-core' }, byDevice], { durationSeconds: 10, resolutionSeconds: 1 }), 'b');
    expect(b).toMatchObject({ recordsIn: 50_000, recordsOut: 50_000, recordsThrottled: 0 });
    // The same load into a time-partitioned bucket is held to one prefix: 1,500 of 5,000 PUTs a second refused.
    const byTime = statsOf(runChain([fleet, { id: 'i', kind: 'iot-core' }, { id: 'b', kind: 's3-bucket' }], { durationSeconds: 10, resolutionSeconds: 1 }), 'b');
    expect(byTime.recordsThrottled).toBe(15_000);
  });

  it('flags average reads above 5,500 GET/s per prefix', () => {
    const reads = (S3.getRequestsPerSecondPerPrefix.value + 1) * 86_400;
    const result = runChain([{ id: 'b', kind: 's3-bucket', config: { readsPerDay: reads } }], { durationSeconds: 10 });
    expect(result.notes.some((n) => n.startsWith('b: ') && n.includes(`above ${S3.getRequestsPerSecondPerPrefix.value} per prefix`))).toBe(true);
  });
});

describe('lambda: metered invocations and GB-s cost', () => {
  it('10 pushed records/s for 100 s at 1,024 MiB and 0.5 s: 1,000 requests and 500 GB-s', () => {
    const fn = { id: 'l', kind: 'lambda' as const, config: { memoryMiB: 1_024, batchDurationSeconds: 0.5 } };
    const l = statsOf(runChain([producer(10, 100), fn], { durationSeconds: 100, resolutionSeconds: 1 }), 'l');
    expect(l.metered).toEqual({ invocations: 1_000 });
    expect(l.costUsd).toBeCloseTo((1_000 / 1e6) * L.requestsPerMillion.value + 500 * L.gbSecondX86.value, 12); // $0.0085
  });

  it('reading a stream: one invocation per batch of batchSize records', () => {
    // 200 records/s into a 1-shard stream read by a function taking batches of 100 in 1 s: 2 invocations a second.
    const stream = { id: 's', kind: 'kinesis-data-stream' as const, config: { capacity: { mode: 'provisioned', shardCount: 1 } } };
    const fn = { id: 'l', kind: 'lambda' as const, config: { batchSize: 100, batchDurationSeconds: 1, memoryMiB: 128 } };
    const l = statsOf(runChain([producer(200, 100), stream, fn], { durationSeconds: 60, resolutionSeconds: 1 }), 'l');
    expect(l.recordsIn).toBe(12_000);
    expect(l.metered?.invocations).toBe(120);
  });
});
