import type { NodeStats } from '../../shared/model/simulation-result';
import { WeightedDistribution } from './distribution';
import { METRIC, type SeriesRecorder, type SeriesRow } from './series';

/** Kinds whose buffer wait is an iterator age (records read from a retained log at the consumer's pace). */
const STREAM_KINDS: ReadonlySet<string> = new Set(['kinesis-data-stream']);

/** A distribution that also feeds one of the node's series at the current time. */
abstract class SeriesFedDistribution extends WeightedDistribution {
  constructor(
    protected readonly series: SeriesRecorder,
    protected readonly row: SeriesRow,
    protected readonly now: () => number,
  ) {
    super();
  }
}

/** End-to-end latency, which also feeds the node's mean-latency series. */
class LatencyDistribution extends SeriesFedDistribution {
  override add(value: number, weight: number): void {
    super.add(value, weight);
    if (weight <= 0) return;
    const now = this.now();
    this.series.add(this.row, METRIC.latencySum, now, value * weight);
    this.series.add(this.row, METRIC.latencyWeight, now, weight);
  }
}

/** A stream's buffer wait (the iterator age), which also feeds its peak iterator-age series. */
class IteratorAgeDistribution extends SeriesFedDistribution {
  override add(value: number, weight: number): void {
    super.add(value, weight);
    if (weight > 0) this.series.peak(this.row, METRIC.iteratorAge, this.now(), value);
  }
}

/**
 * Counts for one node. Every node keeps the conservation invariant
 *   recordsIn = recordsOut + recordsThrottled + recordsDropped + recordsLost + recordsBuffered
 * where, for a sink such as S3, "out" means persisted (recordsOut = records stored).
 */
export class NodeStatsRecorder {
  recordsIn = 0;
  bytesIn = 0;
  recordsOut = 0;
  bytesOut = 0;
  recordsBuffered = 0;
  objectsWritten = 0;
  bytesStored = 0;
  /** One-time copies (full loads) within bytesStored. */
  bytesStoredOnce = 0;
  /** Billable usage of job and workflow kinds, when they have any (see NodeStats.usage). */
  usage: { runs: number; dpuSeconds: number; billedDpuSeconds: number; executions: number; stateTransitions: number } | undefined;
  /** Billable quantities of request-priced kinds (see NodeStats.metered); added with meter(). */
  metered: NonNullable<NodeStats['metered']> | undefined;
  /** Last simulated time at which this node moved data. */
  lastActivity = 0;
  /** Peak share of the binding limit in any quota window; null until the node declares a limit. */
  utilizationMax: number | null = null;
  /** Peak demand on the binding limit (offered ÷ limit, may exceed 1): sizes the suggested fix. */
  peakDemand = 0;
  /** Time records waited here (for a stream: the iterator age when read). */
  readonly bufferLatency: WeightedDistribution;
  /** From production to arrival here; also the node's mean-latency series. */
  readonly endToEndLatency: WeightedDistribution;
  private readonly row: SeriesRow;
  private throttled = 0;
  private dropped = 0;
  private lost = 0;
  private objectBytesMin = Infinity;
  private objectBytesMax = 0;
  private objectBytesSum = 0;

  /** `now` is the engine's clock: behaviours add to the counters below without passing a time. */
  constructor(
    readonly nodeId: string,
    readonly kind: string,
    private readonly series: SeriesRecorder,
    private readonly now: () => number = () => 0,
  ) {
    this.row = series.row(nodeId);
    this.row.isStream = STREAM_KINDS.has(kind);
    this.endToEndLatency = new LatencyDistribution(series, this.row, now);
    this.bufferLatency = this.row.isStream ? new IteratorAgeDistribution(series, this.row, now) : new WeightedDistribution();
  }

  /** Refused by a quota; each change is also counted in the series at the current time. */
  get recordsThrottled(): number {
    return this.throttled;
  }
  set recordsThrottled(value: number) {
    // Most behaviours add 0 on every arrival: that reads no clock.
    const delta = value - this.throttled;
    if (delta !== 0) this.series.add(this.row, METRIC.throttled, this.now(), delta);
    this.throttled = value;
  }
  get recordsDropped(): number {
    return this.dropped;
  }
  set recordsDropped(value: number) {
    const delta = value - this.dropped;
    if (delta !== 0) this.series.add(this.row, METRIC.dropped, this.now(), delta);
    this.dropped = value;
  }
  /** Expired unread at a stream's retention. */
  get recordsLost(): number {
    return this.lost;
  }
  set recordsLost(value: number) {
    this.series.add(this.row, METRIC.lost, this.now(), value - this.lost);
    this.lost = value;
    // Expiry moves records out: the run (and its series) lasts until the last of them.
    this.lastActivity = Math.max(this.lastActivity, this.now());
  }

  received(time: number, records: number, bytes: number): void {
    this.recordsIn += records;
    this.bytesIn += bytes;
    this.lastActivity = time;
    this.series.add(this.row, METRIC.recordsIn, time, records);
  }

  sent(time: number, records: number, bytes: number): void {
    this.recordsOut += records;
    this.bytesOut += bytes;
    this.lastActivity = time;
    this.series.add(this.row, METRIC.recordsOut, time, records);
  }

  /** The node has a modelled limit (its utilization is 0 until used, rather than unknown). */
  declareLimit(): void {
    this.row.hasLimit = true;
    this.utilizationMax ??= 0;
  }

  /** Share of the binding limit used so far in the current quota window, and the demand on it. */
  utilised(time: number, fraction: number, demand: number): void {
    this.declareLimit();
    const share = Math.min(1, fraction);
    if (share > this.utilizationMax!) this.utilizationMax = share;
    if (demand > this.peakDemand) this.peakDemand = demand;
    this.series.peak(this.row, METRIC.utilization, time, share);
  }

  /** `count` objects of `minBytes`..`maxBytes` totalling `bytes` (loose records stored one object each). */
  wroteObjects(count: number, bytes: number, minBytes: number, maxBytes: number): void {
    if (count <= 0) return;
    this.objectsWritten += count;
    this.objectBytesSum += bytes;
    this.objectBytesMin = Math.min(this.objectBytesMin, minBytes);
    this.objectBytesMax = Math.max(this.objectBytesMax, maxBytes);
  }

  /** Adds `amount` to one billable quantity. */
  meter(what: keyof NonNullable<NodeStats['metered']>, amount: number): void {
    this.metered ??= {};
    this.metered[what] = (this.metered[what] ?? 0) + amount;
  }

  wroteObject(bytes: number): void {
    this.objectsWritten++;
    this.objectBytesSum += bytes;
    this.objectBytesMin = Math.min(this.objectBytesMin, bytes);
    this.objectBytesMax = Math.max(this.objectBytesMax, bytes);
  }

  toNodeStats(): NodeStats {
    const objects = this.objectsWritten;
    return {
      nodeId: this.nodeId,
      kind: this.kind,
      recordsIn: this.recordsIn,
      bytesIn: this.bytesIn,
      recordsOut: this.recordsOut,
      bytesOut: this.bytesOut,
      recordsThrottled: this.recordsThrottled,
      recordsDropped: this.recordsDropped,
      recordsBuffered: this.recordsBuffered,
      recordsLost: this.recordsLost,
      objectsWritten: objects,
      objectBytes: objects === 0 ? null : { min: this.objectBytesMin, mean: this.objectBytesSum / objects, max: this.objectBytesMax },
      bufferLatencySeconds: this.bufferLatency.summary(),
      endToEndLatencySeconds: this.endToEndLatency.summary(),
      bytesStored: this.bytesStored,
      utilizationMax: this.utilizationMax,
      ...(this.usage ? { usage: { ...this.usage } } : {}),
      ...(this.metered ? { metered: { ...this.metered } } : {}),
      ...(this.bytesStoredOnce > 0 ? { bytesStoredOnce: this.bytesStoredOnce } : {}),
    };
  }
}
