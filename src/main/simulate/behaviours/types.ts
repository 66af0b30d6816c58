import type { ConfigOf, KindId } from '../../../shared/catalog/registry';
import type { SimulationSettings } from '../../../shared/model/pipeline';
import type { SimulationEventType } from '../../../shared/model/simulation-result';
import type { NodeStatsRecorder } from '../node-stats';
import type { Random } from '../random';

/** Loose records produced together: `records` records totalling `bytes`, all stamped `producedAt`. */
export interface Cohort {
  readonly kind: 'records';
  readonly records: number;
  readonly bytes: number;
  /** Simulated second the records were produced (the start of the cohort's time step). */
  readonly producedAt: number;
  /** Every record's size lies within [minRecordBytes, maxRecordBytes]. */
  readonly minRecordBytes: number;
  readonly maxRecordBytes: number;
  /** Independent senders behind the cohort (devices, connections), when the source says: partition keys, MQTT connections. */
  readonly sources?: number;
  /** Read by a consumer from a stream at the consumer's own pace (the stream keeps the backlog). */
  readonly polled?: boolean;
  /** The source node that produced the records (for per-path latency); kept by spreading the cohort. */
  readonly origin?: string;
}

/** Records of one production time inside an object, kept for end-to-end latency. */
export interface ObjectPart {
  readonly records: number;
  readonly producedAt: number;
  readonly origin?: string;
}

/** One object written to storage (for example a Firehose delivery to S3). */
export interface StoredObject {
  readonly kind: 'object';
  readonly records: number;
  readonly bytes: number;
  readonly parts: readonly ObjectPart[];
  /** A one-time copy (a full load), which cost projections must not repeat as a daily flow. */
  readonly once?: boolean;
}

/** What travels along an edge. */
export type Delivery = Cohort | StoredObject;

/** What the engine gives a node: its settings, clock, randomness, outputs and counters. */
export interface NodeContext {
  readonly nodeId: string;
  /** The node's label, for notes. */
  readonly label: string;
  readonly settings: SimulationSettings;
  /** This node's own stream, derived from the run seed and the node id. */
  readonly random: Random;
  readonly stats: NodeStatsRecorder;
  /** Nodes this node's outgoing edges lead to, in edge order. */
  readonly targets: readonly string[];
  /** Current simulated time, seconds. */
  now(): number;
  schedule(time: number, action: () => void): void;
  /** Hands a delivery to a target at the current time: transfer delays are not modelled. */
  deliver(targetId: string, delivery: Delivery): void;
  /** Adds a line to the result's notes (duplicates are dropped). */
  note(text: string): void;
  /** Records a timed event in the result (for example the first throttle). */
  event(type: SimulationEventType, message: string): void;
  /** A simulated node's kind and parsed settings (for example a target's, to know how it reads); undefined: not simulated. */
  nodeOf(nodeId: string): NodeDescription | undefined;
  /** Whether records can travel from `fromId` to `toId` along data edges (one or more hops). */
  reaches(fromId: string, toId: string): boolean;
  /** Bytes stored now by the nodes feeding this one by data edges (read in place, e.g. Athena over S3); undefined: nothing feeds it. */
  storedUpstream(): number | undefined;
  /** How many records a target can take now, if it reads at its own pace (a stream consumer); undefined: no limit. */
  readRate(targetId: string, source: ReadSource): number | undefined;
  /** Nodes this node's control edges start, in edge order, each once (see control.ts). */
  readonly startTargets: readonly ControlTarget[];
  /** Nodes whose control edges start this node. */
  readonly startedBy: readonly string[];
  /**
   * Starts `targetId` now, as a control edge does; `done` is called when the run it started ends.
   * False when the target's kind cannot be started in the simulator (it has no onStart).
   */
  start(targetId: string, done: () => void): boolean;
}

/** A simulated node with its parsed settings (discriminated by kind). */
export type NodeDescription = { [K in KindId]: { readonly nodeId: string; readonly kind: K; readonly label: string; readonly config: ConfigOf<K> } }[KindId];

/** A node at the end of a control edge. */
export type ControlTarget = NodeDescription;

/** What a pulling consumer needs to know about the stream it reads. */
export interface ReadSource {
  /** Shards (or their equivalent for an on-demand stream). */
  readonly shards: number;
}

/** A node while a run is in progress. */
export interface NodeRuntime {
  /** Called once at time 0, before any event: sources schedule their first emission. */
  start?(): void;
  /** `fromId`: the node that handed the delivery over. */
  receive(delivery: Delivery, fromId: string): void;
  /** Called once after the last event, to settle buffered counts and add notes. */
  finish?(): void;
  /** Records/s this node reads from a stream source at its own pace (see NodeContext.readRate). */
  readRate?(source: ReadSource): number;
  /**
   * A control edge starts this node now (a schedule fires, a workflow's task runs it): start one
   * run and call `done` once it has ended, so a workflow waiting for it (.sync) can go on.
   * Kinds without it cannot be started: the starter is told (NodeContext.start returns false).
   */
  onStart?(done: () => void): void;
}

/** How one kind behaves in the simulator. */
export interface Behaviour<K extends KindId> {
  create(config: ConfigOf<K>, ctx: NodeContext): NodeRuntime;
}

/** Input a kind cannot take (the validator flags such edges): counted in and dropped, so totals still balance. */
export function refuse(ctx: NodeContext, delivery: Delivery, what: string): void {
  ctx.stats.received(ctx.now(), delivery.records, delivery.bytes);
  ctx.stats.recordsDropped += delivery.records;
  ctx.note(`${ctx.label}: cannot take ${what}; those records are counted as dropped.`);
}

/**
 * Hands a delivery to every target. Each target gets its own copy, counted in again so that
 * in = out holds per copy; with no target the records end here and count as out.
 */
export function forwardToEach(ctx: NodeContext, delivery: Delivery): void {
  const now = ctx.now();
  if (ctx.targets.length === 0) return ctx.stats.sent(now, delivery.records, delivery.bytes);
  for (let i = 0; i < ctx.targets.length; i++) {
    if (i > 0) ctx.stats.received(now, delivery.records, delivery.bytes);
    ctx.stats.sent(now, delivery.records, delivery.bytes);
    ctx.deliver(ctx.targets[i]!, delivery);
  }
}
