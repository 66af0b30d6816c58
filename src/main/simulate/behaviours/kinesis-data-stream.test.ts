import { describe, expect, it } from 'vitest';
import { KINESIS_DATA_STREAMS_LIMITS_TABLE as L } from '../../../shared/catalog/limits/kinesis-data-streams';
import { MIB } from '../../../shared/catalog/limits/units';
import { balances, runChain, statsOf } from './testing';

const producer = (recordsPerSecond: number, recordSizeBytes: number) => ({ id: 'p', kind: 'app-producer' as const, config: { recordsPerSecond, recordSizeBytes } });
const stream = (config: Record<string, unknown>) => ({ id: 's', kind: 'kinesis-data-stream' as const, config });

describe('kinesis-data-stream: writes', () => {
  it('2 provisioned shards fed 3,000 records/s of 512 B accept 2,000/s and throttle 1,000/s', () => {
    const result = runChain([producer(3_000, 512), stream({ capacity: { mode: 'provisioned', shardCount: 2 } }), { id: 'f', kind: 'kinesis-firehose' }], { durationSeconds: 60 });
    const s = statsOf(result, 's');
    expect(s.recordsIn).toBe(180_000);
    expect(s.recordsThrottled).toBe(60_000);
    expect(s.recordsOut + s.recordsBuffered).toBe(120_000);
    expect(balances(s)).toBe(true);
    expect(result.events.find((e) => e.nodeId === 's' && e.type === 'first-throttle')?.t).toBeCloseTo(0.6, 9); // the 7th cohort of 300 records overflows the first second
  });

  it('limits the stream by its hottest shard', () => {
    // One key: one shard takes everything, so 4 shards accept only 1,000 records/s.
    const single = statsOf(runChain([producer(3_000, 100), stream({ capacity: { mode: 'provisioned', shardCount: 4 }, partitionKeyStrategy: 'single-key' })], { durationSeconds: 10 }), 's');
    expect(single.recordsThrottled).toBe(20_000);
    // 3 devices (keys) on 2 shards: the hottest holds 2 of 3 keys, 2/3 of 1,500/s = 1,000/s: at capacity.
    // 4 devices at 500/s each = 2,000/s: 2 keys per shard, each shard 1,000/s: no throttle.
    const fleet = (deviceCount: number) =>
      statsOf(runChain([{ id: 'd', kind: 'device-fleet', config: { deviceCount, messagesPerSecondPerDevice: 100, messageSizeBytes: 100 } }, stream({ capacity: { mode: 'provisioned', shardCount: 2 } })], { durationSeconds: 10 }), 's');
    // 15 devices × 100/s = 1,500/s over 2 shards: 8 keys on the hottest = 800/s < 1,000: accepted.
    expect(fleet(15).recordsThrottled).toBe(0);
    // 25 devices × 100/s = 2,500/s: hottest 13/25 of it; it may take 1,000/s, so the stream takes 1,000 × 25/13 per second.
    expect(fleet(25).recordsThrottled).toBe(25_000 - 10 * Math.floor((1_000 * 25) / 13));
  });

  it('on demand: starts at its default capacity and doubles the peak after 15 minutes', () => {
    const rate = L.onDemandDefaultWriteRecordsPerSecond.value * 1.5;
    const s = statsOf(runChain([producer(rate, 100), stream({ capacity: { mode: 'on-demand' } })], { durationSeconds: 1_800, resolutionSeconds: 1 }), 's');
    // The first second's peak counts from its end (1 s) and raises capacity 900 s later: 901 s throttled.
    const excess = rate - L.onDemandDefaultWriteRecordsPerSecond.value;
    expect(s.recordsThrottled).toBe(excess * (L.onDemandScaleUpSeconds.value + 1));
    expect(balances(s)).toBe(true);
  });

  it('drops records over the record size limit', () => {
    const s = statsOf(runChain([producer(1, L.maxRecordMiB.value * MIB + 1), stream({})], { durationSeconds: 10 }), 's');
    expect(s).toMatchObject({ recordsIn: 10, recordsDropped: 10 });
  });
});

describe('kinesis-data-stream: reads and retention', () => {
  it('1 shard, 24 h retention, 500/s in, a Lambda reading 400/s: loss begins at day 5, 17,280,000 lost by day 7', () => {
    const started = performance.now();
    const day = 86_400;
    const result = runChain(
      [producer(500, 1_024), stream({ retentionHours: 24 }), { id: 'fn', kind: 'lambda', config: { batchSize: 100, parallelizationFactor: 1, batchDurationSeconds: 0.25 } }],
      { durationSeconds: 7 * day, resolutionSeconds: 60 },
      { untilSeconds: 7 * day },
    );
    const s = statsOf(result, 's');
    const loss = result.events.find((e) => e.type === 'retention-loss-begins')!;
    expect(loss.t).toBeGreaterThanOrEqual(5 * day);
    expect(loss.t).toBeLessThanOrEqual(5 * day + 60);
    expect(s.recordsLost).toBe(17_280_000);
    expect(balances(s)).toBe(true);
    expect(balances(statsOf(result, 'fn'))).toBe(true);
    // The Lambda took 400/s for 7 days, its last batch still in flight.
    expect(statsOf(result, 'fn').recordsIn).toBe(400 * 7 * day + 400 * 60);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('loses nothing when the consumer keeps up, and everything when nobody reads', () => {
    const fast = runChain([producer(500, 1_024), stream({}), { id: 'fn', kind: 'lambda', config: { batchSize: 1_000, batchDurationSeconds: 1 } }], { durationSeconds: 2 * 86_400, resolutionSeconds: 60 });
    expect(statsOf(fast, 's').recordsLost).toBe(0);
    expect(statsOf(fast, 'fn').recordsIn).toBe(500 * 2 * 86_400);
    const unread = statsOf(runChain([producer(1, 100), stream({})], { durationSeconds: 3_600, resolutionSeconds: 60 }), 's');
    expect(unread).toMatchObject({ recordsIn: 3_600, recordsLost: 3_600, recordsBuffered: 0 });
  });

  it('classic consumers share 2 MiB/s per shard; enhanced fan-out consumers get 2 MiB/s each', () => {
    // 1 shard, 1,000 records/s of 1,000 B in (0.95 MiB/s); 4 consumers: classic ones get 0.5 MiB/s each.
    const consumers = ['f1', 'f2', 'f3', 'f4'];
    const build = (efo: number) =>
      runChain(
        [producer(1_000, 1_000), stream({ retentionHours: 24, enhancedFanOutConsumers: Array.from({ length: efo }, (_, i) => ({ name: `c${i}` })) }), ...consumers.map((id) => ({ id, kind: 'kinesis-firehose' as const }))],
        { durationSeconds: 100, resolutionSeconds: 1 },
        { untilSeconds: 100 },
        consumers.map((id): [string, string] => ['s', id]).concat([['p', 's']]),
      );
    const classic = build(0);
    const perConsumer = Math.floor((L.shardReadMiBPerSecond.value * MIB) / 4 / 1_000);
    // Each classic consumer reads 524 records/s (0.5 MiB); the rest waits in the stream.
    expect(statsOf(classic, 'f1').recordsIn).toBe(perConsumer * 101);
    const fanOut = build(4);
    for (const id of consumers) expect(statsOf(fanOut, id).recordsIn).toBe(100_000);
    expect(statsOf(classic, 's').recordsIn).toBe(4 * 100_000);
    expect(balances(statsOf(classic, 's'))).toBe(true);
  });
});
