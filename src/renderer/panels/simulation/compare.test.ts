import { describe, expect, it } from 'vitest';
import { compareRuns, verdict } from './compare';
import { run, series, stats } from './testing';

const latency = (p95: number) => ({ mean: p95, p50: p95, p95, max: p95 * 2 });
const empty = { bucketSeconds: 1, nodes: { stream: series(1) } };

// A: one shard throttles; B: four shards take it all, and cost more.
const a = run({
  nodes: [stats('stream', 'kinesis-data-stream', { recordsOut: 600, recordsThrottled: 400, utilizationMax: 1 }), stats('old', 'lambda', { recordsOut: 5 })],
  series: empty,
  paths: [{ sourceId: 'p', sinkId: 's', records: 600, latencySeconds: latency(4) }],
  costUsdPerMonth: { total: 10.95, byNode: { stream: 10.95, old: null } },
});
const b = run({
  nodes: [stats('stream', 'kinesis-data-stream', { recordsOut: 1_000, utilizationMax: 0.25 }), stats('new', 's3-bucket', { recordsOut: 1_000 })],
  series: empty,
  paths: [{ sourceId: 'p', sinkId: 's', records: 1_000, latencySeconds: latency(1) }],
  costUsdPerMonth: { total: 43.8, byNode: { stream: 43.8, new: 0 } },
});

describe('comparing two runs', () => {
  it('gives A, B and B − A for the headline figures', () => {
    const { figures } = compareRuns(a, b);
    expect(figures.throughputPerSecond).toEqual({ a: 6, b: 10, delta: 4 });
    expect(figures.throttled).toEqual({ a: 400, b: 0, delta: -400 });
    expect(figures.latencyP95).toEqual({ a: 4, b: 1, delta: -3 });
    expect(figures.monthlyUsd.delta).toBeCloseTo(32.85);
  });

  it('says which changes are for the better', () => {
    const { figures } = compareRuns(a, b);
    expect(verdict('throughputPerSecond', figures.throughputPerSecond)).toBe('better');
    expect(verdict('throttled', figures.throttled)).toBe('better');
    expect(verdict('monthlyUsd', figures.monthlyUsd)).toBe('worse');
    expect(verdict('lost', figures.lost)).toBe('same');
  });

  it('lines nodes up by id, B’s first, and marks those only one run has', () => {
    const { nodes } = compareRuns(a, b);
    expect(nodes.map((n) => [n.nodeId, n.only])).toEqual([
      ['stream', undefined],
      ['new', 'b'],
      ['old', 'a'],
    ]);
    expect(nodes[0]!.throttled).toEqual({ a: 400, b: 0, delta: -400 });
    expect(nodes[0]!.utilizationMax).toEqual({ a: 1, b: 0.25, delta: -0.75 });
    expect(nodes[2]!.recordsOut).toEqual({ a: 5, b: null, delta: null });
    expect(nodes[2]!.usdPerMonth).toEqual({ a: null, b: null, delta: null });
  });
});
