import { KIB } from '../../../../shared/catalog/limits/units';
import type { PipelineEdge, PipelineNode } from '../../../../shared/model/pipeline';
import type { RuleContext } from '../../rule';

/** The largest record a node sends on, and the source setting that declares it. */
export interface LargestRecord {
  readonly bytes: number;
  /** The source node whose setting declares the size. */
  readonly origin: PipelineNode;
  /** That setting. Example: `["recordSizeBytes"]`. */
  readonly path: readonly string[];
}

/**
 * Kinds that hand records on as they received them: an IoT rule action, a stream's consumers, a
 * DMS task writing changed rows to a stream. Functions, applications and jobs make new records of
 * their own size, which no setting declares.
 */
const PASS_THROUGH: ReadonlySet<string> = new Set(['iot-core', 'kinesis-data-stream', 'dms']);

/** The largest record of each source kind that declares a record, message or row size. */
function declared(node: PipelineNode, ctx: RuleContext): LargestRecord | undefined {
  const producer = ctx.configOf(node, 'app-producer');
  if (producer) return { bytes: producer.recordSizeBytes * (1 + producer.recordSizeSpreadPercent / 100), origin: node, path: ['recordSizeBytes'] };
  const devices = ctx.configOf(node, 'device-fleet');
  if (devices) return { bytes: devices.messageSizeBytes, origin: node, path: ['messageSizeBytes'] };
  const database = ctx.configOf(node, 'onprem-database');
  if (database) return { bytes: database.rowSizeBytes, origin: node, path: ['rowSizeBytes'] };
  return undefined;
}

/**
 * For every node that sends records of a declared size, the largest of them: the sources' own, and
 * what pass-through nodes receive. Sources are taken largest first and a node keeps the first size
 * that reaches it, so each node and edge is visited once: O(nodes + edges + sources × log sources).
 */
export function largestRecords(ctx: RuleContext): ReadonlyMap<string, LargestRecord> {
  return ctx.memo(largestRecords, () => computeLargestRecords(ctx));
}

function computeLargestRecords(ctx: RuleContext): ReadonlyMap<string, LargestRecord> {
  const seeds = ctx.pipeline.nodes.flatMap((n) => declared(n, ctx) ?? []).sort((a, b) => b.bytes - a.bytes);
  const largest = new Map<string, LargestRecord>();
  for (const seed of seeds) {
    if (largest.has(seed.origin.id)) continue;
    largest.set(seed.origin.id, seed);
    const queue = [seed.origin.id];
    while (queue.length > 0) {
      for (const edge of ctx.outgoing(queue.pop()!)) {
        const target = ctx.nodesById.get(edge.target);
        if (!target || !PASS_THROUGH.has(target.kind) || largest.has(target.id) || ctx.edgeKind(edge) !== 'data') continue;
        largest.set(target.id, seed);
        queue.push(target.id);
      }
    }
  }
  return largest;
}

/** A data edge into a node of `targetKind` carrying records larger than `limitBytes`. */
export interface OversizedArrival {
  readonly edge: PipelineEdge;
  readonly target: PipelineNode;
  readonly record: LargestRecord;
  /** ` through <label>` when the records come from further upstream, else empty. */
  readonly via: string;
  /** The largest record, in KiB, for messages. */
  readonly kib: string;
}

/** Every data edge on which records over the limit reach a node of the kind (shared by PW302 and PW303). */
export function oversizedArrivals(ctx: RuleContext, targetKind: string, limitBytes: number): OversizedArrival[] {
  const largest = largestRecords(ctx);
  return ctx.pipeline.edges.flatMap((edge) => {
    const target = ctx.nodesById.get(edge.target);
    const record = largest.get(edge.source);
    if (target?.kind !== targetKind || !record || record.bytes <= limitBytes || ctx.edgeKind(edge) !== 'data') return [];
    const via = record.origin.id === edge.source ? '' : ` through ${ctx.nodesById.get(edge.source)!.label}`;
    return [{ edge, target, record, via, kib: Math.round(record.bytes / KIB).toLocaleString('en-US') }];
  });
}
