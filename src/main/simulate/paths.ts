import type { PathLatency } from '../../shared/model/simulation-result';
import type { Delivery, ObjectPart } from './behaviours/types';
import { WeightedDistribution } from './distribution';

/**
 * End-to-end latency per source → sink path: every delivery reaching a sink (a node with no data
 * target) adds now − producedAt for each of its parts, keyed by the part's origin (the source that
 * produced it). Every route between the same source and sink is merged into one path; records
 * from a behaviour that does not keep `origin` are left out (none of the modelled ones drops it).
 */
interface Path {
  readonly sourceId: string;
  readonly sinkId: string;
  readonly latency: WeightedDistribution;
  records: number;
}

export class PathRecorder {
  /** sink → origin → path: looked up per part without building a key string. */
  private readonly bySink = new Map<string, Map<string, Path>>();

  arrived(sinkId: string, now: number, delivery: Delivery): void {
    let paths = this.bySink.get(sinkId);
    if (!paths) this.bySink.set(sinkId, (paths = new Map()));
    if (delivery.kind === 'records') return this.part(paths, sinkId, now, delivery);
    for (const part of delivery.parts) this.part(paths, sinkId, now, part);
  }

  private part(paths: Map<string, Path>, sinkId: string, now: number, part: ObjectPart): void {
    if (part.origin === undefined) return;
    let path = paths.get(part.origin);
    if (!path) paths.set(part.origin, (path = { sourceId: part.origin, sinkId, latency: new WeightedDistribution(), records: 0 }));
    path.latency.add(now - part.producedAt, part.records);
    path.records += part.records;
  }

  result(): PathLatency[] {
    const out: PathLatency[] = [];
    for (const p of [...this.bySink.values()].flatMap((paths) => [...paths.values()])) {
      const latencySeconds = p.latency.summary();
      if (latencySeconds) out.push({ sourceId: p.sourceId, sinkId: p.sinkId, records: p.records, latencySeconds });
    }
    return out.sort((a, b) => a.sourceId.localeCompare(b.sourceId) || a.sinkId.localeCompare(b.sinkId));
  }
}
