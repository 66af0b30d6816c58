/** Above this many distinct values a distribution switches to a log histogram to bound memory. */
export const EXACT_VALUE_LIMIT = 1 << 16;
/** Whole values below this are summed in a dense table (one array write), the others in the map. */
const DENSE_VALUES = 1024;
/** Relative width of a histogram bin: p95 is then within 0.1 % of the exact value. */
const BIN_RATIO = 1.001;
const LOG_BIN_RATIO = Math.log(BIN_RATIO);

export interface DistributionSummary {
  mean: number;
  p50: number;
  p95: number;
  max: number;
}

/**
 * A distribution of non-negative values weighted by record counts (a cohort of 100 records
 * that waited 3 s counts 100 times). Mean and max are exact; percentiles are exact up to
 * EXACT_VALUE_LIMIT distinct values and within 0.1 % after that (log-binned histogram).
 *
 * Simulated waits repeat (a day of cohorts at 1 s resolution waits a few hundred distinct
 * whole seconds), so weights are summed per distinct value: whole seconds under DENSE_VALUES in
 * an array indexed by the value, others in a map. A run of equal values (zero latency at every
 * arrival) is summed before it touches either.
 */
export class WeightedDistribution {
  private runValue = Number.NaN;
  private runWeight = 0;
  /** Weight per distinct value; replaced by `histogram` past EXACT_VALUE_LIMIT values. */
  private exact: Map<number, number> | undefined = new Map();
  private dense: Float64Array | undefined;
  private histogram: Map<number, number> | undefined;
  private totalWeight = 0;
  private weightedSum = 0;
  private maximum = 0;

  add(value: number, weight: number): void {
    if (weight <= 0) return;
    this.totalWeight += weight;
    this.weightedSum += value * weight;
    if (value > this.maximum) this.maximum = value;
    if (value === this.runValue) {
      this.runWeight += weight;
      return;
    }
    this.flushRun();
    this.runValue = value;
    this.runWeight = weight;
  }

  summary(): DistributionSummary | null {
    if (this.totalWeight === 0) return null;
    this.flushRun();
    const pairs = this.exact ? this.exactPairs(this.exact) : this.histogramPairs();
    return { mean: this.weightedSum / this.totalWeight, p50: this.percentile(pairs, 0.5), p95: this.percentile(pairs, 0.95), max: this.maximum };
  }

  /** Smallest value v such that at least `q` of the weight is ≤ v (pairs sorted by value). */
  private percentile(pairs: readonly [number, number][], q: number): number {
    const target = q * this.totalWeight;
    let cumulative = 0;
    for (const [value, weight] of pairs) {
      cumulative += weight;
      if (cumulative >= target) return Math.min(value, this.maximum);
    }
    return this.maximum;
  }

  private flushRun(): void {
    if (this.runWeight === 0) return;
    const [value, weight] = [this.runValue, this.runWeight];
    this.runValue = Number.NaN;
    this.runWeight = 0;
    const exact = this.exact;
    if (!exact) return this.addToHistogram(value, weight);
    if (value >= 0 && value < DENSE_VALUES && Math.floor(value) === value) {
      (this.dense ??= new Float64Array(DENSE_VALUES))[value]! += weight;
      return;
    }
    exact.set(value, (exact.get(value) ?? 0) + weight);
    if (exact.size > EXACT_VALUE_LIMIT) this.switchToHistogram(exact);
  }

  /** Every distinct value with its weight, sorted by value. */
  private exactPairs(exact: Map<number, number>): [number, number][] {
    const pairs = [...exact.entries()];
    this.dense?.forEach((weight, value) => {
      if (weight > 0) pairs.push([value, weight]);
    });
    return pairs.sort((a, b) => a[0] - b[0]);
  }

  private histogramPairs(): [number, number][] {
    const bins = [...this.histogram!.entries()].sort((a, b) => a[0] - b[0]);
    // Each bin reports its upper edge, so the p95 never understates the wait.
    return bins.map(([bin, weight]) => [bin === -Infinity ? 0 : Math.pow(BIN_RATIO, bin + 1), weight]);
  }

  private addToHistogram(value: number, weight: number): void {
    const bin = value > 0 ? Math.floor(Math.log(value) / LOG_BIN_RATIO) : -Infinity;
    this.histogram!.set(bin, (this.histogram!.get(bin) ?? 0) + weight);
  }

  private switchToHistogram(exact: Map<number, number>): void {
    this.histogram = new Map();
    this.exact = undefined;
    for (const [value, weight] of this.exactPairs(exact)) this.addToHistogram(value, weight);
    this.dense = undefined;
  }
}
