import { describe, expect, it } from 'vitest';
import { WeightedDistribution } from './distribution';
import { EventQueue } from './event-queue';
import { createRandom } from './random';

describe('WeightedDistribution', () => {
  it('weights values by record count', () => {
    const d = new WeightedDistribution();
    d.add(10, 94);
    d.add(1, 1);
    d.add(100, 5);
    // 1 record at 1, 94 at 10: the 50th record waited 10.
    expect(d.summary()).toEqual({ mean: (940 + 1 + 500) / 100, p50: 10, p95: 10, max: 100 });
    d.add(100, 1);
    expect(d.summary()!.p95).toBe(100);
    expect(new WeightedDistribution().summary()).toBeNull();
  });

  it('keeps p95 within 0.1 % once it switches to a histogram', () => {
    const random = createRandom(5);
    const exact: number[] = [];
    const d = new WeightedDistribution();
    for (let i = 0; i < 1_200_000; i++) {
      const value = 300 * random.next();
      exact.push(value);
      d.add(value, 1);
    }
    exact.sort((a, b) => a - b);
    const summary = d.summary()!;
    expect(summary.mean).toBeCloseTo(exact.reduce((a, b) => a + b, 0) / exact.length, 9);
    expect(summary.max).toBe(exact.at(-1));
    expect(Math.abs(summary.p95 / exact[Math.ceil(0.95 * exact.length) - 1]! - 1)).toBeLessThan(0.001);
  });
});

describe('EventQueue', () => {
  it('pops by time, and in scheduling order at equal times', () => {
    const queue = new EventQueue();
    const order: string[] = [];
    for (const [time, name] of [[3, 'c'], [1, 'a1'], [2, 'b'], [1, 'a2'], [0, 'z'], [1, 'a3']] as const) queue.push(time, () => order.push(name));
    for (let e = queue.pop(); e; e = queue.pop()) e.action();
    expect(order).toEqual(['z', 'a1', 'a2', 'a3', 'b', 'c']);
  });
});

describe('WeightedDistribution: exact percentiles below the distinct-value limit', () => {
  /** The smallest value whose cumulative weight, in value order, reaches q of the total. */
  function reference(pairs: [number, number][], q: number): number {
    const sorted = [...pairs].sort((a, b) => a[0] - b[0]);
    const target = q * sorted.reduce((sum, [, w]) => sum + w, 0);
    let cumulative = 0;
    for (const [value, weight] of sorted) if ((cumulative += weight) >= target) return value;
    return sorted.at(-1)![0];
  }

  it('matches a full sort for whole seconds, fractions, values past the dense table and runs of equal values', () => {
    const random = createRandom(8);
    const pairs: [number, number][] = [];
    const d = new WeightedDistribution();
    for (let i = 0; i < 50_000; i++) {
      const pick = random.next();
      // Whole seconds (dense table), fractional waits and large whole values (map), repeated in runs.
      const value = pick < 0.5 ? Math.floor(random.next() * 900) : pick < 0.8 ? random.next() * 50 : 1_000 + Math.floor(random.next() * 5_000);
      const weight = 1 + Math.floor(random.next() * 500);
      for (let run = random.next() < 0.2 ? 3 : 1; run > 0; run--) {
        pairs.push([value, weight]);
        d.add(value, weight);
      }
    }
    const summary = d.summary()!;
    expect(summary.p50).toBe(reference(pairs, 0.5));
    expect(summary.p95).toBe(reference(pairs, 0.95));
    expect(summary.max).toBe(Math.max(...pairs.map(([v]) => v)));
    // Adding after a summary keeps counting.
    d.add(1e6, 1e9);
    expect(d.summary()!.p50).toBe(1e6);
  });
});
