/**
 * Simulation engine: a pure, deterministic discrete-event core (no clock, no Math.random).
 *
 * Model: event-driven. Sources emit cohorts, records grouped by production time, every
 * max(1/rate, resolution) seconds, so at most `resolution` seconds of records share one
 * timestamp (the start of their step); below 1/resolution records/s every record is its own
 * event. Latencies are therefore exact for the modelled records, and within resolution/2 on
 * average of a model where records are spread evenly inside each step. Totals are exact: each
 * cohort carries the fractional remainder of the rate integral forward. Events at the same
 * instant run in the order they were scheduled (the queue groups actions per instant: event-queue.ts).
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
import type { Behaviour, Delivery, NodeContext, NodeDescription, NodeRuntime } from './behaviours/types';
import { bottleneckOf } from './bottlenecks';
import { controlGraph, startRun } from './control';
import { EventLog } from './event-log';
import { EventQueue } from './event-queue';
import { NodeStatsRecorder } from './node-stats';
import { PathRecorder } from './paths';
import { dataReach } from './reach';
import { createRandom, hashString } from './random';
import { EDGE_METRICS, METRIC, SeriesRecorder, type SeriesRow } from './series';

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
  const eventLog = new EventLog(note);
  const queue = new EventQueue();
  const series = new SeriesRecorder(duration);
  const paths = new PathRecorder();
  let now = 0;
  // One clock function for every node: call sites that read the time see one target.
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
        rows.set(edge.target, series.row(`edge:${edge.id}`, EDGE_METRICS));
        dataEdges.push(edge.id);
      }
    }
  }
  // Control edges carry starts, not records (control.ts).
  const control = controlGraph(pipeline, nodes, note);
  // A sink has no data target: what reaches it counts toward its source → sink path latencies.
  const isSink = (id: string) => !targets.has(id);

  /** Records along an edge, and their mean age (now − production) at hand-over (weighted by recordsIn). */
  const recordEdge = (row: SeriesRow, delivery: Delivery): void => {
    series.add(row, METRIC.recordsIn, now, delivery.records);
    if (delivery.kind === 'records') series.add(row, METRIC.latencySum, now, (now - delivery.producedAt) * delivery.records);
    else for (const part of delivery.parts) series.add(row, METRIC.latencySum, now, (now - part.producedAt) * part.records);
  };

  /** What a delivery from one node to one target touches, resolved once per pair rather than per delivery. */
  interface Link {
    readonly row: SeriesRow | undefined;
    readonly sink: boolean;
    readonly node: SimulatedNode | undefined;
  }
  const linksFrom = (id: string) => {
    const links = new Map<string, Link>();
    let lastTarget: string | undefined;
    let lastLink: Link | undefined;
    return (targetId: string): Link => {
      if (targetId === lastTarget) return lastLink!;
      let link = links.get(targetId);
      if (!link) links.set(targetId, (link = { row: edgeRows.get(id)?.get(targetId), sink: isSink(targetId), node: nodes.get(targetId) }));
      lastTarget = targetId;
      return (lastLink = link);
    };
  };

  const reaches = dataReach(targets);
  for (const [id, node] of nodes) {
    const linkTo = linksFrom(id);
    const ctx: NodeContext = {
      nodeId: id,
      label: node.label,
      settings,
      random: createRandom((settings.seed ^ hashString(id)) >>> 0),
      stats: node.stats,
      targets: targets.get(id) ?? [],
      now: clock,
      schedule: (time, action) => queue.push(time, action),
      deliver: (targetId: string, delivery: Delivery) => {
        const link = linkTo(targetId);
        if (link.row) recordEdge(link.row, delivery);
        if (link.sink) paths.arrived(targetId, now, delivery);
        link.node?.runtime?.receive(delivery, id);
      },
      note,
      event: (type: SimulationEventType, message: string) => eventLog.record(now, id, node.label, type, message),
      nodeOf: (nodeId) => {
        const other = nodes.get(nodeId);
        return other && ({ nodeId, kind: other.kind, label: other.label, config: other.config } as NodeDescription);
      },
      reaches,
      readRate: (targetId, source) => linkTo(targetId).node?.runtime?.readRate?.(source),
      startTargets: control.targets.get(id) ?? [],
      startedBy: control.startedBy.get(id) ?? [],
      start: (targetId, done) => startRun(nodes.get(targetId)?.runtime, done),
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
  while (queue.size > 0 && queue.nextTime() <= until) {
    now = queue.nextTime();
    queue.popAction()();
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
    events: eventLog.events,
  });
}

/** Looks the behaviour up with the kind's own config type (a mapped type keeps the two paired). */
function createRuntime<K extends KindId>(kind: K, config: ConfigOf<K>, ctx: NodeContext): NodeRuntime {
  const behaviours: { [P in KindId]: Behaviour<P> } = BEHAVIOURS;
  return behaviours[kind].create(config, ctx);
}
