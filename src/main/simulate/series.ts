import type { EdgeSeries, NodeSeries } from '../../shared/model/simulation-result';

/** Charts need no more points than this per series, whatever the horizon (memory stays bounded). */
export const MAX_BUCKETS = 200;

/** Bucket widths are 1, 2 or 5 times a power of ten seconds, so chart axes read well. */
export function niceBucketSeconds(spanSeconds: number, maxBuckets = MAX_BUCKETS): number {
  const raw = Math.max(spanSeconds / maxBuckets, 1e-3);
  const power = Math.pow(10, Math.floor(Math.log10(raw)));
  for (const step of [1, 2, 5, 10]) if (step * power >= raw) return step * power;
  return 10 * power;
}

/** Counts add up when two buckets merge. */
const SUMMED = ['recordsIn', 'recordsOut', 'throttled', 'dropped', 'lost', 'latencySum', 'latencyWeight'] as const;
/** Peaks keep the larger of two buckets when they merge. */
const PEAKS = ['utilization', 'iteratorAge'] as const;
export type SummedMetric = (typeof SUMMED)[number];
export type PeakMetric = (typeof PEAKS)[number];
type Metric = SummedMetric | PeakMetric;

/** One node's or edge's buckets: every metric is an array of at most MAX_BUCKETS numbers. */
export class SeriesRow {
  readonly values: Record<Metric, number[]> = { recordsIn: [], recordsOut: [], throttled: [], dropped: [], lost: [], latencySum: [], latencyWeight: [], utilization: [], iteratorAge: [] };
  /** Set once a node declares a limit (utilization) or is a stream (iterator age): otherwise null in the result. */
  hasLimit = false;
  isStream = false;
}

/**
 * Per-bucket series for every node and edge. The width is chosen from the production duration;
 * if the drain runs past MAX_BUCKETS the width doubles and neighbours merge (sums add, peaks take
 * the max), so a 7-day run holds as many numbers as a 1-hour one.
 */
export class SeriesRecorder {
  bucketSeconds: number;
  private readonly rows = new Map<string, SeriesRow>();

  constructor(durationSeconds: number) {
    this.bucketSeconds = niceBucketSeconds(durationSeconds);
  }

  /** The row of one node or edge (kept by the caller, so adding is a direct array write). */
  row(key: string): SeriesRow {
    let row = this.rows.get(key);
    if (!row) this.rows.set(key, (row = new SeriesRow()));
    return row;
  }

  add(row: SeriesRow, metric: SummedMetric, time: number, value: number): void {
    if (value === 0) return;
    const index = this.bucket(row, metric, time);
    row.values[metric][index]! += value;
  }

  peak(row: SeriesRow, metric: PeakMetric, time: number, value: number): void {
    const index = this.bucket(row, metric, time);
    const values = row.values[metric];
    if (value > values[index]!) values[index] = value;
  }

  /** Every node's series padded to the same length, covering [0, simulatedSeconds]. */
  nodes(nodeIds: readonly string[], simulatedSeconds: number): Record<string, NodeSeries> {
    const length = this.settle(simulatedSeconds);
    const out: Record<string, NodeSeries> = {};
    for (const id of nodeIds) {
      const row = this.row(id);
      const v = row.values;
      const [recordsIn, recordsOut, throttled, dropped, lost] = [pad(v.recordsIn, length), pad(v.recordsOut, length), pad(v.throttled, length), pad(v.dropped, length), pad(v.lost, length)];
      // Backlog at a bucket's end follows from conservation: what came in and has not left yet.
      let held = 0;
      const backlog = recordsIn.map((r, i) => (held += r - recordsOut[i]! - throttled[i]! - dropped[i]! - lost[i]!));
      out[id] = {
        recordsIn,
        recordsOut,
        throttled,
        dropped,
        lost,
        backlog,
        latencySeconds: meanLatency(v, length),
        utilization: row.hasLimit ? pad(v.utilization, length) : null,
        iteratorAgeSeconds: row.isStream ? pad(v.iteratorAge, length) : null,
      };
    }
    return out;
  }

  edges(edgeIds: readonly string[], simulatedSeconds: number): Record<string, EdgeSeries> {
    const length = this.settle(simulatedSeconds);
    const out: Record<string, EdgeSeries> = {};
    for (const id of edgeIds) {
      const v = this.row(`edge:${id}`).values;
      out[id] = { records: pad(v.recordsIn, length), latencySeconds: meanLatency(v, length) };
    }
    return out;
  }

  /** The index of `time`'s bucket, the width doubled and the metric's array grown as needed. */
  private bucket(row: SeriesRow, metric: Metric, time: number): number {
    let index = Math.floor(time / this.bucketSeconds);
    while (index >= MAX_BUCKETS) {
      this.widen();
      index = Math.floor(time / this.bucketSeconds);
    }
    const values = row.values[metric];
    while (values.length <= index) values.push(0);
    return index;
  }

  private settle(simulatedSeconds: number): number {
    while (Math.floor(simulatedSeconds / this.bucketSeconds) >= MAX_BUCKETS) this.widen();
    return Math.floor(simulatedSeconds / this.bucketSeconds) + 1;
  }

  private widen(): void {
    this.bucketSeconds *= 2;
    const merge = (values: number[], combine: (a: number, b: number) => number) =>
      Array.from({ length: Math.ceil(values.length / 2) }, (_, i) => (values[2 * i + 1] === undefined ? values[2 * i]! : combine(values[2 * i]!, values[2 * i + 1]!)));
    for (const row of this.rows.values()) {
      for (const m of SUMMED) row.values[m] = merge(row.values[m], (a, b) => a + b);
      for (const m of PEAKS) row.values[m] = merge(row.values[m], Math.max);
    }
  }
}

const pad = (values: readonly number[], length: number): number[] => Array.from({ length }, (_, i) => values[i] ?? 0);

/** Mean latency per bucket (record-weighted); null where no record arrived. */
function meanLatency(v: Record<Metric, number[]>, length: number): (number | null)[] {
  return Array.from({ length }, (_, i) => ((v.latencyWeight[i] ?? 0) > 0 ? (v.latencySum[i] ?? 0) / v.latencyWeight[i]! : null));
}

