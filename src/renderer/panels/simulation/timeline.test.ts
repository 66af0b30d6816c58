import { describe, expect, it } from 'vitest';
import { bucketAt, bucketCount, bucketSpan, bucketTimes } from './timeline';
import { run, series, stats } from './testing';

// 4 buckets of 30 s over a 100 s run: the last bucket is cut at the end of the run.
const result = run({ simulatedSeconds: 100, nodes: [stats('a', 'lambda')], series: { bucketSeconds: 30, nodes: { a: series(4) } } });

describe('the run timeline', () => {
  it('has as many positions as the series have buckets', () => {
    expect(bucketCount(result)).toBe(4);
    expect(bucketCount(run({ nodes: [], series: { bucketSeconds: 1, nodes: {} } }))).toBe(0);
  });

  it('maps a bucket to its time span, the last one ending with the run', () => {
    expect(bucketSpan(result, 0)).toEqual({ from: 0, to: 30 });
    expect(bucketSpan(result, 2)).toEqual({ from: 60, to: 90 });
    expect(bucketSpan(result, 3)).toEqual({ from: 90, to: 100 });
    expect(bucketSpan(result, 9)).toEqual({ from: 90, to: 100 });
  });

  it('maps a time to the bucket holding it, clamped to the run', () => {
    expect(bucketAt(result, 0)).toBe(0);
    expect(bucketAt(result, 29.9)).toBe(0);
    expect(bucketAt(result, 30)).toBe(1);
    expect(bucketAt(result, 1e6)).toBe(3);
    expect(bucketAt(result, -5)).toBe(0);
  });

  it('gives the charts the start of every bucket', () => {
    expect(bucketTimes(result)).toEqual([0, 30, 60, 90]);
  });
});
