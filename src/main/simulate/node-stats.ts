import type { NodeStats } from '../../shared/model/simulation-result';
import { WeightedDistribution } from './distribution';
import type { SeriesRecorder } from './series';

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
  recordsThrottled = 0;
  recordsDropped = 0;
  recordsBuffered = 0;
  /** Expired unread at a stream's retention. */
  recordsLost = 0;
  objectsWritten = 0;
  bytesStored = 0;
  /** Last simulated time at which this node moved data. */
  lastActivity = 0;
  readonly bufferLatency = new WeightedDistribution();
  readonly endToEndLatency = new WeightedDistribution();
  private objectBytesMin = Infinity;
  private objectBytesMax = 0;
  private objectBytesSum = 0;

  constructor(
    readonly nodeId: string,
    readonly kind: string,
    private readonly series: SeriesRecorder,
  ) {}

  received(time: number, records: number, bytes: number): void {
    this.recordsIn += records;
    this.bytesIn += bytes;
    this.lastActivity = time;
    this.series.add(this.nodeId, 'recordsIn', time, records);
  }

  sent(time: number, records: number, bytes: number): void {
    this.recordsOut += records;
    this.bytesOut += bytes;
    this.lastActivity = time;
    this.series.add(this.nodeId, 'recordsOut', time, records);
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
    };
  }
}
