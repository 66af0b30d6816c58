import type { SimulationResult } from '../../../shared/model/simulation-result';

/**
 * The run's timeline: every series of a run has the same number of buckets of `bucketSeconds`,
 * covering [0, simulatedSeconds]. The scrubber moves over bucket indices.
 */
export function bucketCount(result: SimulationResult): number {
  const first = Object.values(result.series.nodes)[0];
  return first ? first.recordsIn.length : 0;
}

/** The simulated time span of bucket `index` (clamped to the run), seconds. */
export function bucketSpan(result: SimulationResult, index: number): { from: number; to: number } {
  const size = result.series.bucketSeconds;
  const last = Math.max(0, bucketCount(result) - 1);
  const i = Math.min(last, Math.max(0, Math.round(index)));
  return { from: i * size, to: Math.min(result.simulatedSeconds, (i + 1) * size) };
}

/** The bucket holding simulated second `t` (clamped to the run). */
export function bucketAt(result: SimulationResult, t: number): number {
  const last = Math.max(0, bucketCount(result) - 1);
  return Math.min(last, Math.max(0, Math.floor(t / result.series.bucketSeconds)));
}

/** Start time of every bucket, the x axis of the charts. */
export function bucketTimes(result: SimulationResult): number[] {
  return Array.from({ length: bucketCount(result) }, (_, i) => i * result.series.bucketSeconds);
}
