/** Above this many (value, weight) pairs a distribution switches to a log histogram to bound memory. */
const EXACT_PAIR_LIMIT = 1 << 20;
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
 * that waited 3 s counts 100 times). Mean and max are exact; p95 is exact up to 2^20 distinct
 * pairs and within 0.1 % after that (log-binned histogram).
 */
export class WeightedDistribution {
  private values = new Float64Array(4096);
  private weights = new Float64Array(4096);
  private length = 0;
  private histogram: Map<number, number> | undefined;
  private totalWeight = 0;
  private weightedSum = 0;
  private maximum = 0;

  add(value: number, weight: number): void {
    if (weight <= 0) return;
    this.totalWeight += weight;
    this.weightedSum += value * weight;
    if (value > this.maximum) this.maximum = value;
    if (this.histogram) return this.addToHistogram(value, weight);
    const last = this.length - 1;
    // Runs of equal values (e.g. zero latency at every arrival) take one pair.
    if (last >= 0 && this.values[last] === value) {
      this.weights[last]! += weight;
      return;
    }
    if (this.length === EXACT_PAIR_LIMIT) return this.switchToHistogram(value, weight);
    if (this.length === this.values.length) this.grow();
    this.values[this.length] = value;
    this.weights[this.length] = weight;
    this.length++;
  }

  summary(): DistributionSummary | null {
    if (this.totalWeight === 0) return null;
    return { mean: this.weightedSum / this.totalWeight, p50: this.percentile(0.5), p95: this.percentile(0.95), max: this.maximum };
  }

  /** Smallest value v such that at least `q` of the weight is ≤ v. */
  private percentile(q: number): number {
    const target = q * this.totalWeight;
    if (!this.histogram) return Math.min(weightedSelect(this.values.slice(0, this.length), this.weights.slice(0, this.length), target), this.maximum);
    let cumulative = 0;
    for (const [value, weight] of this.histogramPairs()) {
      cumulative += weight;
      if (cumulative >= target) return Math.min(value, this.maximum);
    }
    return this.maximum;
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

  private switchToHistogram(value: number, weight: number): void {
    this.histogram = new Map();
    for (let i = 0; i < this.length; i++) this.addToHistogram(this.values[i]!, this.weights[i]!);
    this.addToHistogram(value, weight);
    this.values = new Float64Array(0);
    this.weights = new Float64Array(0);
    this.length = 0;
  }

  private grow(): void {
    const values = new Float64Array(this.values.length * 2);
    const weights = new Float64Array(this.weights.length * 2);
    values.set(this.values);
    weights.set(this.weights);
    this.values = values;
    this.weights = weights;
  }
}

/**
 * Weighted quickselect: the smallest value whose cumulative weight (in value order) reaches
 * `target`. Expected O(n), where a full sort of a day's cohorts took most of a run's time.
 * Reorders the arrays it is given.
 */
function weightedSelect(values: Float64Array, weights: Float64Array, target: number): number {
  let lo = 0;
  let hi = values.length;
  let below = 0;
  // Plain temporaries: a destructuring swap allocates two arrays per call, most of a day's summary time.
  const swap = (a: number, b: number) => {
    const value = values[a]!;
    values[a] = values[b]!;
    values[b] = value;
    const weight = weights[a]!;
    weights[a] = weights[b]!;
    weights[b] = weight;
  };
  while (hi > lo) {
    const pivot = medianOfThree(values[lo]!, values[(lo + hi) >> 1]!, values[hi - 1]!);
    // Three-way partition: [lo, less) < pivot, [less, greater) = pivot, [greater, hi) > pivot.
    let less = lo;
    let greater = hi;
    let i = lo;
    let lessWeight = 0;
    let equalWeight = 0;
    while (i < greater) {
      const value = values[i]!;
      if (value < pivot) {
        lessWeight += weights[i]!;
        swap(less++, i++);
      } else if (value > pivot) swap(i, --greater);
      else equalWeight += weights[i++]!;
    }
    if (below + lessWeight >= target) hi = less;
    else if (below + lessWeight + equalWeight >= target) return pivot;
    else [below, lo] = [below + lessWeight + equalWeight, greater];
  }
  return values[values.length - 1] ?? 0;
}

function medianOfThree(a: number, b: number, c: number): number {
  return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
}
