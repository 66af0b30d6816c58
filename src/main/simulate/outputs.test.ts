import { describe, expect, it } from 'vitest';
import { FIREHOSE_LIMITS_TABLE as FH } from '../../shared/catalog/limits/firehose';
import { KINESIS_DATA_STREAMS_LIMITS_TABLE as KDS } from '../../shared/catalog/limits/kinesis-data-streams';
import { S3_LIMITS_TABLE as S3 } from '../../shared/catalog/limits/s3';
import type { SimulationResult } from '../../shared/model/simulation-result';
import { SimulationResultSchema } from '../../shared/model/simulation-result';
import { producerFirehoseS3 } from '../../../test/fixtures/pipelines';
import { balances, runChain, statsOf } from './behaviours/testing';
import { simulate } from './engine';
import { MAX_BUCKETS } from './series';

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const producer = (recordsPerSecond: number, recordSizeBytes = 512) => ({ id: 'p', kind: 'app-producer' as const, config: { recordsPerSecond, recordSizeBytes } });
const stream = (shardCount: number) => ({ id: 's', kind: 'kinesis-data-stream' as const, config: { capacity: { mode: 'provisioned', shardCount } } });

function run(...args: Parameters<typeof producerFirehoseS3>): SimulationResult {
  const result = simulate(producerFirehoseS3(...args));
  if (result === 'stopped') throw new Error('stopped');
  return SimulationResultSchema.parse(result);
}

/** Every node's series agree with its totals: the sums, and the backlog at the end equals what stayed buffered. */
function expectSeriesMatchTotals(result: SimulationResult): void {
  for (const stats of result.nodes) {
    const s = result.series.nodes[stats.nodeId]!;
    expect(balances(stats), stats.nodeId).toBe(true);
    expect(sum(s.recordsIn), stats.nodeId).toBe(stats.recordsIn);
    expect(sum(s.recordsOut), stats.nodeId).toBe(stats.recordsOut);
    expect(sum(s.throttled), stats.nodeId).toBe(stats.recordsThrottled);
    expect(sum(s.lost), stats.nodeId).toBe(stats.recordsLost);
    expect(s.backlog.at(-1), stats.nodeId).toBe(stats.recordsBuffered);
    for (const b of s.backlog) expect(b).toBeGreaterThanOrEqual(0);
  }
}

describe('series: bounded whatever the horizon', () => {
  it('keeps at most 200 buckets per series for a 7-day run, all of one length, and still sums to the totals', () => {
    const week = 7 * 86_400;
    const result = run({ recordsPerSecond: 2 }, { bufferIntervalSeconds: 900 }, { durationSeconds: week, resolutionSeconds: 1 });
    const lengths = new Set<number>();
    for (const s of Object.values(result.series.nodes)) for (const values of Object.values(s)) if (values) lengths.add(values.length);
    for (const e of Object.values(result.series.edges!)) for (const values of Object.values(e)) lengths.add(values.length);
    expect(lengths.size).toBe(1);
    expect([...lengths][0]).toBeLessThanOrEqual(MAX_BUCKETS);
    expect(result.series.bucketSeconds * MAX_BUCKETS).toBeGreaterThanOrEqual(result.simulatedSeconds);
    expectSeriesMatchTotals(result);
    // Each data edge carries what its target received.
    expect(sum(result.series.edges!['edge-1']!.records)).toBe(statsOf(result, 'firehose-1').recordsIn);
    expect(sum(result.series.edges!['edge-2']!.records)).toBe(statsOf(result, 'bucket-1').recordsIn);
    // Firehose holds up to 900 s of records: its backlog is seen between deliveries, never above 900 × 2 (+ one step).
    const backlog = result.series.nodes['firehose-1']!.backlog;
    expect(Math.max(...backlog)).toBeLessThanOrEqual(1_802);
  });

  it('reports latency per bucket, and no utilization for kinds without a limit nor iterator age outside streams', () => {
    const result = run({ recordsPerSecond: 10, recordSizeBytes: 1_024 }, { bufferSizeMiB: 5, bufferIntervalSeconds: 300 }, { durationSeconds: 3_000 });
    const bucket = result.series.nodes['bucket-1']!;
    expect(result.series.nodes['producer-1']!.utilization).toBeNull();
    // The bucket's limit is the PUT rate per prefix: one object in a 1 s window is 1 / 3,500 of it.
    expect(statsOf(result, 'bucket-1').utilizationMax).toBeCloseTo(1 / S3.putRequestsPerSecondPerPrefix.value, 12);
    expect(bucket.iteratorAgeSeconds).toBeNull();
    // Deliveries every 300 s: buckets with an arrival show a mean latency of 150.05 s, the others null.
    const arrivals = bucket.latencySeconds.filter((v): v is number => v !== null);
    expect(arrivals.length).toBe(10);
    for (const v of arrivals) expect(v).toBeCloseTo(150.05, 6);
    // 10 records/s of 1 KiB against the Direct PUT quota of 500,000 records/s and 5 MiB/s: the bytes bind.
    expect(statsOf(result, 'firehose-1').utilizationMax).toBeCloseTo(Math.max(10 / FH.directPutRecordsPerSecond.value, 10_240 / (FH.directPutMiBPerSecond.value * 2 ** 20)), 12);
    expect(result.bottlenecks).toEqual([]);
  });
});

describe('utilization and bottlenecks', () => {
  it('a 2-shard stream fed 3,000 records/s is at 1.0, throttles, and is told to use 3 shards', () => {
    const result = runChain([producer(3_000), stream(2), { id: 'f', kind: 'lambda' }], { durationSeconds: 120, resolutionSeconds: 1 });
    const s = statsOf(result, 's');
    expect(s.utilizationMax).toBe(1);
    expect(Math.max(...result.series.nodes['s']!.utilization!)).toBe(1);
    expect(result.bottlenecks).toContainEqual({ nodeId: 's', reason: expect.stringContaining('120,000 records throttled'), suggestion: 'set shards to 3' });
    // 3 shards = ⌈3,000 / 1,000 records/s per shard⌉: with them nothing throttles.
    expect(Math.ceil(3_000 / KDS.shardWriteRecordsPerSecond.value)).toBe(3);
    const fixed = runChain([producer(3_000), stream(3), { id: 'f', kind: 'lambda' }], { durationSeconds: 120, resolutionSeconds: 1 });
    expect(statsOf(fixed, 's').recordsThrottled).toBe(0);
    expect(statsOf(fixed, 's').utilizationMax).toBe(1);
    expectSeriesMatchTotals(result);
    // The consumer reads what was written: the stream reports its iterator age per bucket.
    expect(result.series.nodes['s']!.iteratorAgeSeconds).not.toBeNull();
  });

  it('flags a stream at ≥ 85 % with headroom to bring it back under, and leaves one at 50 % alone', () => {
    const reader = { id: 'l', kind: 'lambda' as const, config: { batchSize: 1_000 } };
    const near = runChain([producer(1_800), stream(2), reader], { durationSeconds: 60, resolutionSeconds: 1 });
    expect(statsOf(near, 's').utilizationMax).toBeCloseTo(0.9, 9);
    // ⌈2 × 0.9 / 0.85⌉ = 3 shards keep the peak under 85 %.
    expect(near.bottlenecks).toEqual([{ nodeId: 's', reason: 'peak utilization 90 % (demand 0.9× the limit)', suggestion: 'set shards to 3' }]);
    const calm = runChain([producer(1_000), stream(2), reader], { durationSeconds: 60, resolutionSeconds: 1 });
    expect(statsOf(calm, 's').utilizationMax).toBeCloseTo(0.5, 9);
    expect(calm.bottlenecks).toEqual([]);
    expectSeriesMatchTotals(calm);
  });

  it('flags a stream nobody reads: its records expire, and the backlog series shows them held until then', () => {
    const result = runChain([producer(1_000), stream(2)], { durationSeconds: 60, resolutionSeconds: 1 });
    expect(statsOf(result, 's').recordsLost).toBe(60_000);
    expect(result.bottlenecks).toEqual([{ nodeId: 's', reason: 'peak utilization 50 % (demand 0.5× the limit); 60,000 records expired unread', suggestion: expect.stringMatching(/connect a consumer$/) }]);
    expectSeriesMatchTotals(result);
    const s = result.series.nodes['s']!;
    expect(Math.max(...s.backlog)).toBe(60_000);
    expect(sum(s.lost)).toBe(60_000);
  });

  it('tells a throttled Lambda the concurrency its peak needs', () => {
    // 25 records/s pushed, 1 invocation each, 1 s each, 10 reserved: 15/s throttled; 25 needed.
    const lambda = { id: 'l', kind: 'lambda' as const, config: { concurrency: { mode: 'reserved', executions: 10 }, batchDurationSeconds: 1 } };
    const result = runChain([producer(25), lambda], { durationSeconds: 60, resolutionSeconds: 1 });
    expect(statsOf(result, 'l').recordsThrottled).toBe(15 * 60);
    expect(result.bottlenecks).toEqual([{ nodeId: 'l', reason: expect.any(String), suggestion: 'raise Lambda concurrency to 25' }]);
    expectSeriesMatchTotals(result);
  });
});

describe('end-to-end latency per source → sink path', () => {
  it('producer → Firehose (300 s buffer) → S3: mean 150.05 s, p95 285 s, max 300 s', () => {
    const result = run({ recordsPerSecond: 10, recordSizeBytes: 1_024 }, { bufferSizeMiB: 5, bufferIntervalSeconds: 300 }, { durationSeconds: 3_000 });
    expect(result.paths).toHaveLength(1);
    const path = result.paths![0]!;
    expect(path).toMatchObject({ sourceId: 'producer-1', sinkId: 'bucket-1', records: 30_000 });
    expect(path.latencySeconds.mean).toBeCloseTo(150.05, 6);
    // Waits are 0.1, 0.2, …, 300 s, ten records each: half are ≤ 150 s, 95 % ≤ 285 s.
    expect(path.latencySeconds.p50).toBeCloseTo(150, 6);
    expect(path.latencySeconds.p95).toBeCloseTo(285, 6);
    expect(path.latencySeconds.max).toBeCloseTo(300, 9);
  });

  it('keeps two sources apart on their way to one sink', () => {
    const result = runChain(
      [producer(10), { id: 'q', kind: 'app-producer', config: { recordsPerSecond: 5 } }, { id: 'f', kind: 'kinesis-firehose', config: { bufferIntervalSeconds: 60 } }, { id: 'b', kind: 's3-bucket' }],
      { durationSeconds: 600, resolutionSeconds: 1 },
      {},
      [['p', 'f'], ['q', 'f'], ['f', 'b']],
    );
    expect(result.paths!.map((p) => [p.sourceId, p.sinkId, p.records])).toEqual([['p', 'b', 6_000], ['q', 'b', 3_000]]);
  });
});
