import { describe, expect, it } from 'vitest';
import { IOT_CORE_LIMITS_TABLE as IOT } from '../../shared/catalog/limits/iot-core';
import { KIB } from '../../shared/catalog/limits/units';
import { KINDS } from '../../shared/catalog/registry';
import { balances, runChain, statsOf, type TestNode } from './behaviours/testing';

const SOURCE_KINDS = ['app-producer', 'device-fleet', 'camera-fleet', 'onprem-database', 'onprem-fileshare'] as const;
const bucket: TestNode = { id: 'out', kind: 's3-bucket' };
const sent = (result: ReturnType<typeof runChain>, id: string) => result.series.nodes[id]!.recordsOut;

describe('workloads on every source kind', () => {
  it('every source kind takes a load profile and a size spread, defaulting to constant and fixed so older files keep their rate', () => {
    for (const kind of SOURCE_KINDS) {
      const shape = KINDS[kind].config.shape as Record<string, unknown>;
      expect(Object.keys(shape), kind).toContain('loadProfile');
      expect(Object.keys(shape).some((key) => key.endsWith('SpreadPercent')), kind).toBe(true);
      expect((KINDS[kind].config.parse({}) as { loadProfile: unknown }).loadProfile, kind).toEqual({ shape: 'constant' });
    }
    expect(KINDS['device-fleet'].config.parse({ deviceCount: 5 })).toMatchObject({ deviceCount: 5, messageSizeSpreadPercent: 0, loadProfile: { shape: 'constant' } });
  });

  it('a spikes profile on a device fleet reaches its documented peak, and its total is the integral', () => {
    // 10 devices × 1 message/s, ×5 for 60 s every 600 s, over 2,000 s (20 s buckets: a spike fills three).
    const fleet: TestNode = { id: 'd', kind: 'device-fleet', config: { deviceCount: 10, messagesPerSecondPerDevice: 1, loadProfile: { shape: 'spikes', multiplier: 5, everySeconds: 600, durationSeconds: 60 } } };
    const result = runChain([fleet, bucket], { durationSeconds: 2_000, resolutionSeconds: 1 });
    const { bucketSeconds } = result.series;
    expect(bucketSeconds).toBe(20);
    const series = sent(result, 'd').slice(0, 2_000 / bucketSeconds);
    expect(Math.max(...series)).toBe(50 * bucketSeconds);
    expect(Math.min(...series)).toBe(10 * bucketSeconds);
    // Spikes at 0, 600, 1,200 and 1,800 s: 2,000 s at 10/s plus 4 × 60 s at 40/s more.
    expect(statsOf(result, 'd').recordsOut).toBe(10 * 2_000 + 4 * 60 * 40);
  });

  it("a ramp on a database's change stream totals its integral and ends at its final rate", () => {
    // 100 rows/s ramping to 3× over 1,000 s, then held: ∫ = 1,000 × (1 + 3) / 2 + 1,000 × 3 = 5,000 s of base rate.
    const database: TestNode = { id: 'db', kind: 'onprem-database', config: { changeRateRowsPerSecond: 100, loadProfile: { shape: 'ramp', toMultiplier: 3, overSeconds: 1_000 } } };
    const result = runChain([database, bucket], { durationSeconds: 2_000, resolutionSeconds: 1 });
    // Besides the changes, the database offers its existing rows once at 0 s (what a full load copies).
    const { sizeGiB, rowSizeBytes } = KINDS['onprem-database'].config.parse({});
    const existingRows = Math.round((sizeGiB * 2 ** 30) / rowSizeBytes);
    expect(statsOf(result, 'db').recordsOut - existingRows).toBe(100 * 5_000);
    const { bucketSeconds } = result.series;
    expect(sent(result, 'db')[2_000 / bucketSeconds - 1]).toBe(300 * bucketSeconds);
  });

  it("a diurnal file share peaks at 6 h at peak/mean times its mean, and a day's total is unchanged", () => {
    // 1,000,000 files × 8.64 % a day = 1 file/s on average; peak/mean 1.5.
    const share: TestNode = { id: 'fs', kind: 'onprem-fileshare', config: { fileCount: 1_000_000, dailyChangePercent: 8.64, loadProfile: { shape: 'diurnal', peakToMean: 1.5 } } };
    const result = runChain([share, bucket], { durationSeconds: 86_400, resolutionSeconds: 1 });
    expect(statsOf(result, 'fs').recordsOut).toBe(86_400);
    const { bucketSeconds } = result.series;
    const series = sent(result, 'fs');
    const peak = series.indexOf(Math.max(...series));
    expect(Math.abs((peak + 0.5) * bucketSeconds - 21_600)).toBeLessThanOrEqual(bucketSeconds);
    expect(Math.max(...series) / bucketSeconds).toBeCloseTo(1.5, 1);
  });

  it("a device fleet's message size spread sends the share of messages over IoT Core's limit to be dropped", () => {
    // Sizes uniform in 100,000 B ± 50 %: the share above 128 KiB is (150,000 − 131,072) / 100,000.
    const fleet: TestNode = { id: 'd', kind: 'device-fleet', config: { deviceCount: 100, messagesPerSecondPerDevice: 1, messageSizeBytes: 100_000, messageSizeSpreadPercent: 50 } };
    const result = runChain([fleet, { id: 'iot', kind: 'iot-core' }, bucket], { durationSeconds: 100, resolutionSeconds: 1 });
    const iot = statsOf(result, 'iot');
    const overLimit = (150_000 - IOT.messageSizeMaxKiB.value * KIB) / 100_000;
    expect(iot.recordsDropped / iot.recordsIn).toBeCloseTo(overLimit, 1);
    expect(balances(iot)).toBe(true);
  });

  it('a camera fleet streams fewer fragments in the trough of a ramp down', () => {
    const cameras: TestNode = { id: 'cam', kind: 'camera-fleet', config: { cameraCount: 10, fragmentDurationSeconds: 2, loadProfile: { shape: 'ramp', toMultiplier: 0, overSeconds: 1_000 } } };
    // 5 fragments/s falling linearly to 0 over the run: half of 5,000.
    expect(statsOf(runChain([cameras, bucket], { durationSeconds: 1_000, resolutionSeconds: 1 }), 'cam').recordsOut).toBe(2_500);
  });
});

describe('partition-key skew', () => {
  const producer = (recordsPerSecond: number, producerCount = 0): TestNode => ({ id: 'p', kind: 'app-producer', config: { recordsPerSecond, recordSizeBytes: 100, producerCount } });
  const stream = (config: Record<string, unknown>): TestNode => ({ id: 's', kind: 'kinesis-data-stream', config: { capacity: { mode: 'provisioned', shardCount: 4 }, ...config } });

  it('a hot key share h puts h + (1 − h)/S of the records on one shard, which limits the stream', () => {
    // 4 shards, random keys, 50 % on one hot key: the hot shard takes 0.625 of the records, so the
    // stream admits 1,000 / 0.625 = 1,600 records/s of the 2,000 offered.
    const skewed = statsOf(runChain([producer(2_000), stream({ partitionKeyStrategy: 'random', hotKeySharePercent: 50 })], { durationSeconds: 100, resolutionSeconds: 1 }), 's');
    expect(skewed.recordsThrottled).toBe(400 * 100);
    const even = statsOf(runChain([producer(2_000), stream({ partitionKeyStrategy: 'random' })], { durationSeconds: 100, resolutionSeconds: 1 }), 's');
    expect(even.recordsThrottled).toBe(0);
  });

  it('per-source keys from 3 producers on 4 shards: each key a shard, a third of the records each', () => {
    // The busiest shard takes 1/3: the stream admits 3,000 records/s of the 3,500 offered.
    const result = runChain([producer(3_500, 3), stream({ partitionKeyStrategy: 'per-source' })], { durationSeconds: 100, resolutionSeconds: 1 });
    expect(statsOf(result, 's').recordsThrottled).toBe(500 * 100);
  });
});
