import { describe, expect, it } from 'vitest';
import { summarize } from './summary';
import { run, series, stats } from './testing';

const latency = (p50: number, p95: number, max: number) => ({ mean: p50, p50, p95, max });

const result = run({
  durationSeconds: 100,
  nodes: [
    stats('producer', 'app-producer', { recordsOut: 1_000 }),
    stats('stream', 'kinesis-data-stream', { recordsIn: 1_000, recordsThrottled: 120, recordsLost: 5, recordsOut: 875 }),
    stats('fh', 'kinesis-firehose', { recordsIn: 875, recordsDropped: 3, recordsOut: 872 }),
    stats('bucket', 's3-bucket', { recordsIn: 872, recordsOut: 872 }),
    stats('fn', 'lambda', { recordsIn: 875, recordsOut: 875 }),
  ],
  series: { bucketSeconds: 10, nodes: { producer: series(1) } },
  paths: [
    { sourceId: 'producer', sinkId: 'bucket', records: 872, latencySeconds: latency(60, 290, 300) },
    { sourceId: 'producer', sinkId: 'fn', records: 875, latencySeconds: latency(0.2, 0.9, 1.4) },
  ],
  costUsdPerMonth: { total: 50, byNode: { producer: 0, stream: 10.95, fh: 39.05, bucket: null, fn: null } },
});

describe('the run summary', () => {
  it('counts records delivered to sinks over all paths, and their rate over the production time', () => {
    const s = summarize(result);
    expect(s.delivered).toBe(1_747);
    expect(s.throughputPerSecond).toBeCloseTo(17.47);
  });

  it('adds up throttled, dropped and lost records over the nodes', () => {
    const s = summarize(result);
    expect([s.throttled, s.dropped, s.lost]).toEqual([120, 3, 5]);
  });

  it('gives each path its latency percentiles and the worst p95 and max', () => {
    const s = summarize(result);
    expect(s.paths[0]).toEqual({ sourceId: 'producer', sinkId: 'bucket', records: 872, p50: 60, p95: 290, max: 300 });
    expect([s.latencyP95, s.latencyMax]).toEqual([290, 300]);
  });

  it('breaks the monthly cost down per node, most expensive first, unpriced last', () => {
    const s = summarize(result);
    expect(s.monthlyUsd).toBe(50);
    expect(s.cost.map((c) => c.nodeId)).toEqual(['fh', 'stream', 'producer', 'bucket', 'fn']);
    expect(s.cost[0]!.share).toBeCloseTo(0.781);
    expect(s.cost[3]).toEqual({ nodeId: 'bucket', usdPerMonth: null, share: 0 });
  });

  it('has no latency and no cost for a run where nothing arrived and nothing was priced', () => {
    const s = summarize(run({ nodes: [stats('a', 'lambda')], series: { bucketSeconds: 1, nodes: {} } }));
    expect([s.delivered, s.latencyP95, s.latencyMax, s.monthlyUsd]).toEqual([0, null, null, null]);
    expect(s.cost).toEqual([]);
  });
});
