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

/**
 * The metrics of a row, as indices into its numbers (`METRIC.recordsIn` is a constant, so an add
 * is one indexed write). Counts (the first seven) add up when two buckets merge; peaks keep the
 * larger of the two. An edge row holds only the first EDGE_METRICS: records and their latency sum.
 */
export const METRIC = { recordsIn: 0, latencySum: 1, recordsOut: 2, throttled: 3, dropped: 4, lost: 5, latencyWeight: 6, utilization: 7, iteratorAge: 8 } as const;
export const EDGE_METRICS = 2;
const SUMMED_COUNT = 7;
const METRIC_COUNT = 9;
type Metric = (typeof METRIC)[keyof typeof METRIC];
export type SummedMetric = Exclude<Metric, typeof METRIC.utilization | typeof METRIC.iteratorAge>;
export type PeakMetric = typeof METRIC.utilization | typeof METRIC.iteratorAge;

/** One node's or edge's buckets: MAX_BUCKETS numbers per metric, metric after metric, allocated at the first write. */
export class SeriesRow {
  data: Float64Array | null = null;
  constructor(readonly metrics: number) {}

  /** One metric's buckets, or null when nothing was written to the row. */
  values(metric: Metric): Float64Array | null {
    return this.data && this.data.subarray(metric * MAX_BUCKETS, (metric + 1) * MAX_BUCKETS);
  }

  /** Set once a node declares a limit (utilization) or is a stream (iterator age): otherwise null in the result. */
  hasLimit = false;
  isStream = false;
}

/**
 * Per-bucket series for every node and edge. The width is chosen from the production duration;
 * if the drain runs past MAX_BUCKETS the width doubles and neighbours merge (sums add, peaks take
 * the max), so a 7-day run holds as many numbers as a 1-hour one. Many values are added at one
 * instant, so the bucket index of the last time asked is kept.
 */
export class SeriesRecorder {
  bucketSeconds: number;
  private readonly rows = new Map<string, SeriesRow>();
  private lastTime = Number.NaN;
  private lastIndex = 0;

  constructor(durationSeconds: number) {
    this.bucketSeconds = niceBucketSeconds(durationSeconds);
  }

  /** The row of one node or edge (kept by the caller, so adding is a direct array write); `metrics`: EDGE_METRICS for an edge. */
  row(key: string, metrics = METRIC_COUNT): SeriesRow {
    let row = this.rows.get(key);
    if (!row) this.rows.set(key, (row = new SeriesRow(metrics)));
    return row;
  }

  add(row: SeriesRow, metric: SummedMetric, time: number, value: number): void {
    if (value === 0) return;
    const index = time === this.lastTime ? this.lastIndex : this.indexAt(time);
    this.bucketsOf(row, metric)[metric * MAX_BUCKETS + index]! += value;
  }

  peak(row: SeriesRow, metric: PeakMetric, time: number, value: number): void {
    const index = (time === this.lastTime ? this.lastIndex : this.indexAt(time)) + metric * MAX_BUCKETS;
    const data = this.bucketsOf(row, metric);
    if (value > data[index]!) data[index] = value;
  }

  private bucketsOf(row: SeriesRow, metric: Metric): Float64Array {
    if (metric >= row.metrics) throw new Error(`A series row of ${row.metrics} metrics has no metric ${metric}.`);
    return (row.data ??= new Float64Array(row.metrics * MAX_BUCKETS));
  }

  /** Every node's series padded to the same length, covering [0, simulatedSeconds]. */
  nodes(nodeIds: readonly string[], simulatedSeconds: number): Record<string, NodeSeries> {
    const length = this.settle(simulatedSeconds);
    const out: Record<string, NodeSeries> = {};
    for (const id of nodeIds) {
      const row = this.row(id);
      const [recordsIn, recordsOut, throttled, dropped, lost] = [METRIC.recordsIn, METRIC.recordsOut, METRIC.throttled, METRIC.dropped, METRIC.lost].map((m) => pad(row.values(m), length)) as [number[], number[], number[], number[], number[]];
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
        latencySeconds: meanLatency(row.values(METRIC.latencySum), row.values(METRIC.latencyWeight), length),
        utilization: row.hasLimit ? pad(row.values(METRIC.utilization), length) : null,
        iteratorAgeSeconds: row.isStream ? pad(row.values(METRIC.iteratorAge), length) : null,
      };
    }
    return out;
  }

  /** Edge rows hold recordsIn and latencySum: every record along an edge weighs its latency once. */
  edges(edgeIds: readonly string[], simulatedSeconds: number): Record<string, EdgeSeries> {
    const length = this.settle(simulatedSeconds);
    const out: Record<string, EdgeSeries> = {};
    for (const id of edgeIds) {
      const row = this.row(`edge:${id}`, EDGE_METRICS);
      out[id] = { records: pad(row.values(METRIC.recordsIn), length), latencySeconds: meanLatency(row.values(METRIC.latencySum), row.values(METRIC.recordsIn), length) };
    }
    return out;
  }

  /** The index of `time`'s bucket, the width doubled as needed. */
  private indexAt(time: number): number {
    let index = Math.floor(time / this.bucketSeconds);
    while (index >= MAX_BUCKETS) {
      this.widen();
      index = Math.floor(time / this.bucketSeconds);
    }
    this.lastTime = time;
    this.lastIndex = index;
    return index;
  }

  private settle(simulatedSeconds: number): number {
    while (Math.floor(simulatedSeconds / this.bucketSeconds) >= MAX_BUCKETS) this.widen();
    return Math.floor(simulatedSeconds / this.bucketSeconds) + 1;
  }

  private widen(): void {
    this.bucketSeconds *= 2;
    this.lastTime = Number.NaN;
    for (const row of this.rows.values()) {
      for (let m = 0; m < row.metrics; m++) mergeNeighbours(row.values(m as Metric), m < SUMMED_COUNT ? (a, b) => a + b : Math.max);
    }
  }
}

/** In place: bucket i becomes buckets 2i and 2i + 1 combined; the upper half is emptied. */
function mergeNeighbours(values: Float64Array | null | undefined, combine: (a: number, b: number) => number): void {
  if (!values) return;
  const half = MAX_BUCKETS / 2;
  for (let i = 0; i < half; i++) values[i] = combine(values[2 * i]!, values[2 * i + 1]!);
  values.fill(0, half);
}

const pad = (values: Float64Array | null | undefined, length: number): number[] => Array.from({ length }, (_, i) => values?.[i] ?? 0);

/** Mean latency per bucket (record-weighted); null where no record arrived. */
function meanLatency(sum: Float64Array | null | undefined, weight: Float64Array | null | undefined, length: number): (number | null)[] {
  return Array.from({ length }, (_, i) => ((weight?.[i] ?? 0) > 0 ? (sum?.[i] ?? 0) / weight![i]! : null));
}

