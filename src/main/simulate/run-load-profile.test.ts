import { describe, expect, it } from 'vitest';
import { runChain, statsOf, type TestNode } from './behaviours/testing';

/** The simulation settings' load profile, applied to every source of a run instead of their own. */
const bucket: TestNode = { id: 'out', kind: 's3-bucket' };
// 10 records/s with spikes of ×5, and 4 devices × 1 message/s with a diurnal wave.
const producer: TestNode = { id: 'p', kind: 'app-producer', config: { recordsPerSecond: 10, loadProfile: { shape: 'spikes', multiplier: 5, everySeconds: 600, durationSeconds: 60 } } };
const fleet: TestNode = { id: 'd', kind: 'device-fleet', config: { deviceCount: 4, messagesPerSecondPerDevice: 1, loadProfile: { shape: 'diurnal', peakToMean: 2 } } };
const nodes = [producer, fleet, bucket];
const edges: [string, string][] = [
  ['p', 'out'],
  ['d', 'out'],
];
const ramp = { shape: 'ramp', toMultiplier: 3, overSeconds: 1_000 } as const;

describe('a run-wide load profile', () => {
  it('makes two sources with different profiles of their own both follow it: totals are the ramp’s integral', () => {
    const result = runChain(nodes, { durationSeconds: 2_000, resolutionSeconds: 1, loadProfile: ramp }, {}, edges);
    // ∫₀²⁰⁰⁰ of a ramp from 1 to 3 over 1,000 s, then held at 3: 1,000 × (1 + 3) / 2 + 1,000 × 3 = 5,000 s of base rate.
    expect(statsOf(result, 'p').recordsOut).toBe(10 * 5_000);
    expect(statsOf(result, 'd').recordsOut).toBe(4 * 5_000);
    // Both start at their base rate and end at three times it, in every bucket of the series.
    const { bucketSeconds } = result.series;
    const last = 2_000 / bucketSeconds - 1;
    for (const [id, rate] of [['p', 10], ['d', 4]] as const) {
      const series = result.series.nodes[id]!.recordsOut;
      expect(series[last], id).toBe(3 * rate * bucketSeconds);
      expect(series[0]! / bucketSeconds, id).toBeCloseTo(rate * (1 + (2 * bucketSeconds) / 2 / 1_000), 0);
      // A ramp never falls: no spike and no trough of the sources' own profiles shows through.
      for (let i = 1; i <= last; i++) expect(series[i]!, `${id} at bucket ${i}`).toBeGreaterThanOrEqual(series[i - 1]! - 1);
    }
  });

  it('says so in the run’s notes, and without it each source keeps its own profile', () => {
    const overridden = runChain(nodes, { durationSeconds: 1_200, resolutionSeconds: 1, loadProfile: { shape: 'diurnal', peakToMean: 1.5 } }, {}, edges);
    expect(overridden.notes).toContain("Load profile for this run: diurnal, peak/mean 1.5, overriding the sources' own.");

    const own = runChain(nodes, { durationSeconds: 1_200, resolutionSeconds: 1 }, {}, edges);
    expect(own.notes.some((n) => n.startsWith('Load profile for this run'))).toBe(false);
    // The producer's own spikes (at 0 and 600 s): 1,200 s at 10/s plus 2 × 60 s at 40/s more.
    expect(statsOf(own, 'p').recordsOut).toBe(10 * 1_200 + 2 * 60 * 40);
  });

  it('a constant run-wide profile flattens every source to its base rate', () => {
    const result = runChain(nodes, { durationSeconds: 1_200, resolutionSeconds: 1, loadProfile: { shape: 'constant' } }, {}, edges);
    expect(statsOf(result, 'p').recordsOut).toBe(10 * 1_200);
    expect(statsOf(result, 'd').recordsOut).toBe(4 * 1_200);
    expect(result.notes).toContain("Load profile for this run: constant, overriding the sources' own.");
  });
});
