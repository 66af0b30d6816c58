/**
 * Simulation engine: a pure, deterministic discrete-event core (no clock, no Math.random).
 *
 * Model: event-driven. Sources emit cohorts, records grouped by production time, every
 * max(1/rate, resolution) seconds, so at most `resolution` seconds of records share one
 * timestamp (the start of their step); below 1/resolution records/s every record is its own
 * event. Latencies are therefore exact for the modelled records, and within resolution/2 on
 * average of a model where records are spread evenly inside each step. Totals are exact: each
 * cohort carries the fractional remainder of the rate integral forward. Events at the same
 * instant run in the order they were scheduled (heap ordered by time, then sequence).
 *
 * Conservation, for every node: recordsIn = recordsOut + recordsThrottled + recordsDropped
 * + recordsLost + recordsBuffered (a sink's "out" is what it stored; "lost" expired unread). Sources stop at durationSeconds; the
 * run continues until no event is left, i.e. every buffer that can drain has drained.
 */
import { edgeKindOf } from '../../shared/catalog/connections';
import { KINDS, isKindId, type ConfigOf, type KindId } from '../../shared/catalog/registry';
import type { Pipeline } from '../../shared/model/pipeline';
import type { SimulationEventType, SimulationResult } from '../../shared/model/simulation-result';
import { BEHAVIOURS } from './behaviours';
import { addCosts } from './cost';
import type { Behaviour, Delivery, NodeContext, NodeRuntime } from './behaviours/types';
import { bottleneckOf } from './bottlenecks';
import { EventQueue } from './event-queue';
import { NodeStatsRecorder } from './node-stats';
import { PathRecorder } from './paths';
import { createRandom, hashString } from './random';
import { SeriesRecorder, type SeriesRow } from './series';

export interface SimulateOptions {
  /** Called now and then with the share of production time done (ends with exactly 1). */
  onProgress?: (fraction: number, simulatedSeconds: number) => void;
  /** Polled every few thousand events; returning true abandons the run. */
  shouldStop?: () => boolean;
  /** Stops at this simulated second instead of draining: what is still held counts as buffered. */
  untilSeconds?: number;
}

/** Events between two polls of shouldStop / progress reports: cheap, yet well under a millisecond. */
const CHECK_EVERY_EVENTS = 2048;

interface SimulatedNode {
  readonly stats: NodeStatsRecorder;
  runtime: NodeRuntime | undefined;
}

export function simulate(pipeline: Pipeline, options: SimulateOptions = {}): SimulationResult | 'stopped' {
  const settings = pipeline.simulation;
  const { durationSeconds: duration, resolutionSeconds: resolution } = settings;
  const notes = new Set<string>([
    `Model: discrete-event, records grouped in cohorts of at most ${resolution} s; latency error ≤ resolution/2 (${resolution / 2} s).`,
  ]);
  const note = (text: string) => void notes.add(text);
  const events: SimulationResult['events'] = [];
  const eventsSeen = new Set<string>();
  const queue = new EventQueue();
  const series = new SeriesRecorder(duration);
  const paths = new PathRecorder();
  let now = 0;
  const clock = () => now;

  const nodes = new Map<string, SimulatedNode & { kind: KindId; config: unknown; label: string }>();
  for (const node of pipeline.nodes) {
    const name = `Node "${node.label || node.id}" (${node.id})`;
    if (nodes.has(node.id)) note(`${name}: duplicate id; only the first node with this id is simulated.`);
    else if (!isKindId(node.kind)) note(`${name}: unknown kind "${node.kind}"; not simulated.`);
    else {
      const parsed = KINDS[node.kind].config.safeParse(node.config);
      if (!parsed.success) note(`${name}: invalid settings (${parsed.error.issues.map((i) => `${i.path.join('.') || 'config'}: ${i.message}`).join('; ')}); not simulated.`);
      else nodes.set(node.id, { kind: node.kind, config: parsed.data, label: node.label || node.id, stats: new NodeStatsRecorder(node.id, node.kind, series, clock), runtime: undefined });
    }
  }

  // Records travel along data edges only: control and metadata edges start or describe things.
  const targets = new Map<string, string[]>();
  // Per-edge series rows, keyed source → target (a second edge between the same pair shares the first's row).
  const edgeRows = new Map<string, Map<string, SeriesRow>>();
  const dataEdges: string[] = [];
  // Nodes feeding each node by data edges, for kinds that read their sources in place (Athena over S3).
  const sources = new Map<string, string[]>();
  for (const edge of pipeline.edges) {
    if (!nodes.has(edge.source) || !nodes.has(edge.target)) note(`Edge ${edge.id}: one of its ends is not simulated; ignored.`);
    else if (edgeKindOf(pipeline, edge) === 'data') {
      targets.set(edge.source, [...(targets.get(edge.source) ?? []), edge.target]);
      sources.set(edge.target, [...(sources.get(edge.target) ?? []), edge.source]);
      const rows = edgeRows.get(edge.source) ?? new Map<string, SeriesRow>();
      edgeRows.set(edge.source, rows);
      if (!rows.has(edge.target)) {
        rows.set(edge.target, series.row(`edge:${edge.id}`));
        dataEdges.push(edge.id);
      }
    }
  }
  // A sink has no data target: what reaches it counts toward its source → sink path latencies.
  const isSink = (id: string) => !targets.has(id);

  /** Records along an edge, and their mean age (now − production) at hand-over. */
  const recordEdge = (row: SeriesRow, delivery: Delivery): void => {
    series.add(row, 'recordsIn', now, delivery.records);
    series.add(row, 'latencyWeight', now, delivery.records);
    if (delivery.kind === 'records') series.add(row, 'latencySum', now, (now - delivery.producedAt) * delivery.records);
    else for (const part of delivery.parts) series.add(row, 'latencySum', now, (now - part.producedAt) * part.records);
  };

  for (const [id, node] of nodes) {
    const ctx: NodeContext = {
      nodeId: id,
      label: node.label,
      settings,
      random: createRandom((settings.seed ^ hashString(id)) >>> 0),
      stats: node.stats,
      targets: targets.get(id) ?? [],
      now: () => now,
      schedule: (time, action) => queue.push(time, action),
      deliver: (targetId: string, delivery: Delivery) => {
        const row = edgeRows.get(id)?.get(targetId);
        if (row) recordEdge(row, delivery);
        if (isSink(targetId)) paths.arrived(targetId, now, delivery);
        nodes.get(targetId)?.runtime?.receive(delivery);
      },
      note,
      event: (type: SimulationEventType, message: string) => {
        if (eventsSeen.has(`${id} ${type}`)) return;
        eventsSeen.add(`${id} ${type}`);
        events.push({ t: now, nodeId: id, type, message });
      },
      readRate: (targetId, source) => nodes.get(targetId)?.runtime?.readRate?.(source),
      storedUpstream: () => {
        const from = sources.get(id);
        return from === undefined ? undefined : from.reduce((sum, source) => sum + (nodes.get(source)?.stats.bytesStored ?? 0), 0);
      },
    };
    node.runtime = createRuntime(node.kind, node.config as ConfigOf<typeof node.kind>, ctx);
  }
  for (const node of nodes.values()) node.runtime?.start?.();

  if (options.shouldStop?.()) return 'stopped';
  let processed = 0;
  let reported = 0;
  const until = options.untilSeconds ?? Infinity;
  for (let event = queue.pop(); event && event.time <= until; event = queue.pop()) {
    now = event.time;
    event.action();
    if (++processed % CHECK_EVERY_EVENTS !== 0) continue;
    if (options.shouldStop?.()) return 'stopped';
    // Production time is the bulk of the work; the drain after it is short, so it shares the last 1 %.
    const fraction = 0.99 * Math.min(1, now / duration);
    if (fraction > reported) options.onProgress?.((reported = fraction), now);
  }

  for (const node of nodes.values()) node.runtime?.finish?.();
  const simulatedSeconds = Math.max(duration, ...[...nodes.values()].map((n) => n.stats.lastActivity));
  options.onProgress?.(1, simulatedSeconds);
  return addCosts(pipeline, {
    seed: settings.seed,
    durationSeconds: duration,
    simulatedSeconds,
    nodes: [...nodes.values()].map((n) => n.stats.toNodeStats()),
    series: { nodes: series.nodes([...nodes.keys()], simulatedSeconds), edges: series.edges(dataEdges, simulatedSeconds), bucketSeconds: series.bucketSeconds },
    paths: paths.result(),
    bottlenecks: [...nodes.values()].flatMap((n) => bottleneckOf(n.kind, n.config, n.stats, targets.get(n.stats.nodeId)?.length ?? 0) ?? []),
    notes: [...notes],
    events,
  });
}

/** Looks the behaviour up with the kind's own config type (a mapped type keeps the two paired). */
function createRuntime<K extends KindId>(kind: K, config: ConfigOf<K>, ctx: NodeContext): NodeRuntime {
  const behaviours: { [P in KindId]: Behaviour<P> } = BEHAVIOURS;
  return behaviours[kind].create(config, ctx);
}
