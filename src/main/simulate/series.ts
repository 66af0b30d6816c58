/** Charts need no more points than this per node. */
export const MAX_BUCKETS = 200;

/** Bucket widths are 1, 2 or 5 times a power of ten seconds, so chart axes read well. */
export function niceBucketSeconds(spanSeconds: number, maxBuckets = MAX_BUCKETS): number {
  const raw = Math.max(spanSeconds / maxBuckets, 1e-3);
  const power = Math.pow(10, Math.floor(Math.log10(raw)));
  for (const step of [1, 2, 5, 10]) if (step * power >= raw) return step * power;
  return 10 * power;
}

/**
 * Records in and out per time bucket for every node. The width is chosen from the production
 * duration; if the drain runs past MAX_BUCKETS the width doubles and neighbours merge.
 */
export class SeriesRecorder {
  bucketSeconds: number;
  private readonly nodes = new Map<string, { recordsIn: number[]; recordsOut: number[] }>();

  constructor(durationSeconds: number) {
    this.bucketSeconds = niceBucketSeconds(durationSeconds);
  }

  add(nodeId: string, direction: 'recordsIn' | 'recordsOut', time: number, records: number): void {
    if (records === 0) return;
    let index = Math.floor(time / this.bucketSeconds);
    while (index >= MAX_BUCKETS) {
      this.widen();
      index = Math.floor(time / this.bucketSeconds);
    }
    const row = this.row(nodeId)[direction];
    while (row.length <= index) row.push(0);
    row[index]! += records;
  }

  /** Every node's rows padded to the same length, covering [0, simulatedSeconds]. */
  result(nodeIds: readonly string[], simulatedSeconds: number): { bucketSeconds: number; nodes: Record<string, { recordsIn: number[]; recordsOut: number[] }> } {
    while (Math.floor(simulatedSeconds / this.bucketSeconds) >= MAX_BUCKETS) this.widen();
    const length = Math.floor(simulatedSeconds / this.bucketSeconds) + 1;
    const pad = (values: number[]) => Array.from({ length }, (_, i) => values[i] ?? 0);
    const nodes: Record<string, { recordsIn: number[]; recordsOut: number[] }> = {};
    for (const id of nodeIds) {
      const row = this.row(id);
      nodes[id] = { recordsIn: pad(row.recordsIn), recordsOut: pad(row.recordsOut) };
    }
    return { bucketSeconds: this.bucketSeconds, nodes };
  }

  private row(nodeId: string) {
    let row = this.nodes.get(nodeId);
    if (!row) this.nodes.set(nodeId, (row = { recordsIn: [], recordsOut: [] }));
    return row;
  }

  private widen(): void {
    this.bucketSeconds *= 2;
    const merge = (values: number[]) => Array.from({ length: Math.ceil(values.length / 2) }, (_, i) => values[2 * i]! + (values[2 * i + 1] ?? 0));
    for (const row of this.nodes.values()) {
      row.recordsIn = merge(row.recordsIn);
      row.recordsOut = merge(row.recordsOut);
    }
  }
}
