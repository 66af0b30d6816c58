import type { LoadProfile } from '../../../../shared/catalog/workload';
import { FIREHOSE_LIMITS_TABLE } from '../../../../shared/catalog/limits/firehose';
import { KINESIS_DATA_STREAMS_LIMITS_TABLE } from '../../../../shared/catalog/limits/kinesis-data-streams';
import { KIB, MIB } from '../../../../shared/catalog/limits/units';
import type { PipelineEdge, PipelineNode } from '../../../../shared/model/pipeline';
import type { RuleContext } from '../../rule';

/**
 * The declared workload, carried along data edges (not a rule: the capacity, lifecycle and cost
 * rules that need it read it).
 *
 * Why pipeline scope: a stream's producers are often two hops away (devices → IoT Core → stream),
 * and a node rule may read only its direct neighbours. So the rules that weigh a node's settings
 * against its workload are `pipeline` rules, and they share one linear pass (Kahn's topological
 * order over the data edges, O(n + e)), computed once per validation run.
 *
 * The model, deliberately simple and stated here once:
 * - Sources declare their rate, each shaped by its load profile: app producers (rate × record
 *   size), device fleets (devices × messages/s × message size), on-premises databases (change
 *   rows/s × row size, when the change log is on). A source sends every record to each of its targets.
 * - Pass-through kinds forward what they receive to each of their data outputs: IoT Core (every
 *   rule action gets every message), Kinesis data streams (every consumer reads every record), DMS
 *   (ongoing changes; a full-load-only task has no steady rate), a Firehose's analytics source.
 * - A Firehose turns records into objects on its S3 delivery (and on its staging bucket when it
 *   delivers to Redshift or backs up all records): one object per min(buffer size, bytes/s ×
 *   buffer interval); to Redshift, OpenSearch and Splunk it delivers the records as they are.
 *   Compression, format conversion and dynamic partitioning make objects smaller: the object size
 *   is an upper bound, the object rate a lower bound.
 * - Records a target rejects for their size (over a Firehose's or a stream's record limit) do not
 *   reach it, so they use none of its throughput (PW302 reports them).
 * - Anything else (functions, jobs, queries, video) has no rate we can derive: what it sends is
 *   unknown, and a node fed by it has an incomplete workload.
 * - Peaks of different sources are added as if they coincided (a safe bound).
 * Nodes on a cycle of data edges get no workload.
 */
export interface Flow {
  /** Mean records per second (objects, on an edge into S3 from a Firehose or IoT Core). */
  readonly recordsPerSecond: number;
  readonly bytesPerSecond: number;
  /** At the peak of the sources' load profiles. */
  readonly peakRecordsPerSecond: number;
  readonly peakBytesPerSecond: number;
  /** False when part of what feeds it is unknown: the numbers are then a lower bound. */
  readonly complete: boolean;
}

export interface Workload {
  /** What a data edge carries; undefined when its source's output cannot be derived. */
  edge(edge: PipelineEdge): Flow | undefined;
  /** The sum of what flows into a node; undefined when nothing known flows in. `complete` only when every data input is known. */
  into(nodeId: string): Flow | undefined;
}

/** The workload of the context's pipeline, computed once per validation run. */
export function workloadOf(ctx: RuleContext): Workload {
  return ctx.memo(computeWorkload, () => computeWorkload(ctx));
}

/** Peak rate of a load profile as a multiple of the base rate. */
export function peakMultiplier(profile: LoadProfile): number {
  switch (profile.shape) {
    case 'constant':
      return 1;
    case 'diurnal':
      return profile.peakToMean;
    case 'spikes':
      return profile.multiplier;
    case 'ramp':
      return Math.max(1, profile.toMultiplier);
  }
}

/** Long-run mean rate of a load profile as a multiple of the base rate (a ramp: the level it holds). */
export function meanMultiplier(profile: LoadProfile): number {
  switch (profile.shape) {
    case 'constant':
    case 'diurnal':
      return 1;
    case 'spikes':
      return 1 + ((profile.multiplier - 1) * Math.min(profile.durationSeconds, profile.everySeconds)) / profile.everySeconds;
    case 'ramp':
      return profile.toMultiplier;
  }
}

/** The largest record each kind takes; bigger ones are rejected. */
const MAX_RECORD_BYTES: Readonly<Record<string, number>> = {
  'kinesis-firehose': FIREHOSE_LIMITS_TABLE.maxRecordKiB.value * KIB,
  'kinesis-data-stream': KINESIS_DATA_STREAMS_LIMITS_TABLE.maxRecordMiB.value * MIB,
};

function computeWorkload(ctx: RuleContext): Workload {
  const edgeFlows = new Map<PipelineEdge, Flow | undefined>();
  const inflows = new Map<string, Flow | undefined>();
  const dataIn = new Map<string, PipelineEdge[]>();
  const dataOut = new Map<string, PipelineEdge[]>();
  const pending = new Map<string, number>();
  for (const id of ctx.nodesById.keys()) pending.set(id, 0);
  for (const edge of ctx.pipeline.edges) {
    if (edge.source === edge.target || !ctx.nodesById.has(edge.source) || !ctx.nodesById.has(edge.target)) continue;
    if (ctx.edgeKind(edge) !== 'data') continue;
    push(dataIn, edge.target, edge);
    push(dataOut, edge.source, edge);
    pending.set(edge.target, pending.get(edge.target)! + 1);
  }

  const ready = [...pending].filter(([, n]) => n === 0).map(([id]) => id);
  while (ready.length > 0) {
    const id = ready.pop()!;
    const node = ctx.nodesById.get(id)!;
    const incoming = dataIn.get(id) ?? [];
    const inflow = sum(incoming.map((e) => edgeFlows.get(e)));
    inflows.set(id, inflow);
    for (const edge of dataOut.get(id) ?? []) {
      edgeFlows.set(edge, emit(ctx, node, inflow, edge));
      const left = pending.get(edge.target)! - 1;
      pending.set(edge.target, left);
      if (left === 0) ready.push(edge.target);
    }
  }
  return { edge: (edge) => edgeFlows.get(edge), into: (nodeId) => inflows.get(nodeId) };
}

function push(map: Map<string, PipelineEdge[]>, key: string, edge: PipelineEdge): void {
  const list = map.get(key);
  if (list) list.push(edge);
  else map.set(key, [edge]);
}

/** Adds flows; complete only when there is at least one and all are known and complete. */
function sum(flows: readonly (Flow | undefined)[]): Flow | undefined {
  const known = flows.filter((f): f is Flow => f !== undefined);
  if (known.length === 0) return undefined;
  return {
    recordsPerSecond: known.reduce((s, f) => s + f.recordsPerSecond, 0),
    bytesPerSecond: known.reduce((s, f) => s + f.bytesPerSecond, 0),
    peakRecordsPerSecond: known.reduce((s, f) => s + f.peakRecordsPerSecond, 0),
    peakBytesPerSecond: known.reduce((s, f) => s + f.peakBytesPerSecond, 0),
    complete: known.length === flows.length && known.every((f) => f.complete),
  };
}

/** A source's flow to `target`: its rate shaped by the load profile, less the records over the target's size limit. */
function sourceFlow(rate: number, recordBytes: number, spreadPercent: number, profile: LoadProfile, target: PipelineNode | undefined): Flow {
  const low = recordBytes * (1 - spreadPercent / 100);
  const high = recordBytes * (1 + spreadPercent / 100);
  const limit = MAX_RECORD_BYTES[target?.kind ?? ''] ?? Infinity;
  // Sizes are uniform in [low, high]: the share at or under the limit gets through, with its own mean size.
  const accepted = high <= limit ? 1 : high === low ? 0 : Math.max(0, Math.min(1, (limit - low) / (high - low)));
  const size = accepted === 0 ? 0 : (low + Math.min(high, limit)) / 2;
  const mean = rate * accepted * meanMultiplier(profile);
  const peak = rate * accepted * peakMultiplier(profile);
  return { recordsPerSecond: mean, bytesPerSecond: mean * size, peakRecordsPerSecond: peak, peakBytesPerSecond: peak * size, complete: true };
}

/** What a node sends along one of its data edges. */
function emit(ctx: RuleContext, node: PipelineNode, inflow: Flow | undefined, edge: PipelineEdge): Flow | undefined {
  const target = ctx.nodesById.get(edge.target);
  switch (node.kind) {
    case 'app-producer': {
      const config = ctx.configOf(node, 'app-producer');
      return config && sourceFlow(config.recordsPerSecond, config.recordSizeBytes, config.recordSizeSpreadPercent, config.loadProfile, target);
    }
    case 'device-fleet': {
      const config = ctx.configOf(node, 'device-fleet');
      return config && sourceFlow(config.deviceCount * config.messagesPerSecondPerDevice, config.messageSizeBytes, config.messageSizeSpreadPercent, config.loadProfile, target);
    }
    case 'onprem-database': {
      const config = ctx.configOf(node, 'onprem-database');
      return config?.changeCaptureEnabled ? sourceFlow(config.changeRateRowsPerSecond, config.rowSizeBytes, config.rowSizeSpreadPercent, config.loadProfile, target) : undefined;
    }
    case 'dms': {
      const config = ctx.configOf(node, 'dms');
      return config && config.migrationType !== 'full-load' ? inflow : undefined;
    }
    case 'iot-core':
    case 'kinesis-data-stream':
      return inflow;
    case 'kinesis-firehose':
      return firehoseOutput(ctx, node, inflow, edge, target);
    default:
      return undefined;
  }
}

function firehoseOutput(ctx: RuleContext, node: PipelineNode, inflow: Flow | undefined, edge: PipelineEdge, target: PipelineNode | undefined): Flow | undefined {
  const config = ctx.configOf(node, 'kinesis-firehose');
  if (!config || !inflow || !target) return undefined;
  const port = edge.sourcePort ?? 'delivery';
  if (port === 'source') return inflow;
  const destination = ctx.outgoing(node.id).find((e) => (e.sourcePort ?? 'delivery') === 'delivery');
  const staged = port === 'staging' && (config.s3BackupMode === 'All' || ctx.nodesById.get(destination?.target ?? '')?.kind === 'redshift');
  if (port === 'delivery' && target.kind !== 's3-bucket') return inflow;
  if (!(port === 'delivery' || staged) || target.kind !== 's3-bucket') return undefined;
  // Zero buffering delivers as records arrive: object sizes are not derivable.
  if (config.bufferIntervalSeconds === 0) return undefined;
  const objectBytes = (bytesPerSecond: number) => Math.min(config.bufferSizeMiB * MIB, bytesPerSecond * config.bufferIntervalSeconds);
  const mean = objectBytes(inflow.bytesPerSecond);
  const peak = objectBytes(inflow.peakBytesPerSecond);
  return {
    recordsPerSecond: mean > 0 ? inflow.bytesPerSecond / mean : 0,
    bytesPerSecond: inflow.bytesPerSecond,
    peakRecordsPerSecond: peak > 0 ? inflow.peakBytesPerSecond / peak : 0,
    peakBytesPerSecond: inflow.peakBytesPerSecond,
    complete: inflow.complete,
  };
}

/** Mean size of what a flow carries (records, or objects into S3), in bytes; undefined when nothing flows. */
export function meanSizeBytes(flow: Flow): number | undefined {
  return flow.recordsPerSecond > 0 ? flow.bytesPerSecond / flow.recordsPerSecond : undefined;
}
