import type { PathLatency } from '../../shared/model/simulation-result';
import type { Delivery, ObjectPart } from './behaviours/types';
import { WeightedDistribution } from './distribution';

/**
 * End-to-end latency per source → sink path: every delivery reaching a sink (a node with no data
 * target) adds now − producedAt for each of its parts, keyed by the part's origin (the source that
 * produced it). Every route between the same source and sink is merged into one path; records
 * from a behaviour that does not keep `origin` are left out (none of the modelled ones drops it).
 */
export class PathRecorder {
  private readonly paths = new Map<string, { sourceId: string; sinkId: string; latency: WeightedDistribution; records: number }>();

  arrived(sinkId: string, now: number, delivery: Delivery): void {
    const parts: readonly ObjectPart[] = delivery.kind === 'object' ? delivery.parts : [delivery];
    for (const part of parts) {
      if (part.origin === undefined) continue;
      const key = `${part.origin}\u0000${sinkId}`;
      let path = this.paths.get(key);
      if (!path) this.paths.set(key, (path = { sourceId: part.origin, sinkId, latency: new WeightedDistribution(), records: 0 }));
      path.latency.add(now - part.producedAt, part.records);
      path.records += part.records;
    }
  }

  result(): PathLatency[] {
    const out: PathLatency[] = [];
    for (const p of this.paths.values()) {
      const latencySeconds = p.latency.summary();
      if (latencySeconds) out.push({ sourceId: p.sourceId, sinkId: p.sinkId, records: p.records, latencySeconds });
    }
    return out.sort((a, b) => a.sourceId.localeCompare(b.sourceId) || a.sinkId.localeCompare(b.sinkId));
  }
}
