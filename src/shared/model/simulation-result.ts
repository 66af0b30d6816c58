import { z } from 'zod';

const Distribution = z.object({ mean: z.number(), p50: z.number(), p95: z.number(), max: z.number() });

/**
 * first-throttle and retention-loss-begins: the first time, per node. job-run (a job, crawler or
 * transfer starts), buffer-flush (a Firehose delivers an object), execution-start and
 * execution-failed (Step Functions): every time, up to a bound per node (notes say when it is hit).
 */
export const SIMULATION_EVENT_TYPES = ['first-throttle', 'retention-loss-begins', 'job-run', 'buffer-flush', 'execution-start', 'execution-failed'] as const;
export type SimulationEventType = (typeof SIMULATION_EVENT_TYPES)[number];

/** A moment in a run: when a node first throttled, when a stream began to lose unread records. */
export const SimulationEventSchema = z.object({ t: z.number(), nodeId: z.string(), type: z.enum(SIMULATION_EVENT_TYPES), message: z.string() });

/** What one node did during a run. Counts are records unless they say bytes or objects. */
export const NodeStatsSchema = z.object({
  nodeId: z.string(),
  kind: z.string(),
  recordsIn: z.number(),
  bytesIn: z.number(),
  recordsOut: z.number(),
  bytesOut: z.number(),
  /** Refused by a service quota (the sender would see a throttling error). */
  recordsThrottled: z.number(),
  /** Rejected outright (for example over the record size limit). */
  recordsDropped: z.number(),
  /** Still held in a buffer when the run ended. */
  recordsBuffered: z.number(),
  /** Expired unread (a stream's retention period passed before a consumer read them). */
  recordsLost: z.number(),
  objectsWritten: z.number(),
  objectBytes: z.object({ min: z.number(), mean: z.number(), max: z.number() }).nullable(),
  /** Time records spent waiting in this node, seconds. */
  bufferLatencySeconds: Distribution.nullable(),
  /** From production to arrival here, seconds. */
  endToEndLatencySeconds: Distribution.nullable(),
  bytesStored: z.number(),
  /** Bytes of one-time copies (full loads) within bytesStored: cost projections hold them once rather than repeat them daily. */
  bytesStoredOnce: z.number().optional(),
  /** Billable usage of job and workflow kinds (Glue runs and DPU-seconds, Step Functions executions and transitions). */
  usage: z.object({ runs: z.number(), dpuSeconds: z.number(), billedDpuSeconds: z.number(), executions: z.number(), stateTransitions: z.number() }).optional(),
  /** Billable quantities that request-priced kinds measured in the run (Lambda invocations, Athena queries and their billed bytes, S3 GETs by the readers a bucket hands objects to). */
  metered: z.object({ invocations: z.number(), queries: z.number(), billedBytesScanned: z.number(), gets: z.number() }).partial().optional(),
  /** Peak share (0–1) of the node's binding limit over the series buckets; null when its kind has no modelled limit. */
  utilizationMax: z.number().nullable().optional(),
  /** USD for the run (cost model, simulate/cost); null when the kind cannot be priced (see notes). */
  costUsd: z.number().nullable().optional(),
});

const Counts = z.array(z.number());
/** One node's buckets (all the same length); see docs/simulation-format.md. */
export const NodeSeriesSchema = z.object({
  recordsIn: Counts,
  recordsOut: Counts,
  throttled: Counts,
  dropped: Counts,
  lost: Counts,
  /** Records held at the bucket's end (in − out − throttled − dropped − lost so far). */
  backlog: Counts,
  /** Mean end-to-end latency (production → arrival) of the records arriving in the bucket; null: none arrived. */
  latencySeconds: z.array(z.number().nullable()),
  /** Peak share (0–1) of the binding limit in the bucket; null for kinds without a modelled limit. */
  utilization: Counts.nullable(),
  /** Streams: the oldest record read in the bucket, seconds since it was written; null for other kinds. */
  iteratorAgeSeconds: Counts.nullable(),
});
/** Records handed along one data edge per bucket, and their mean age at hand-over. */
export const EdgeSeriesSchema = z.object({ records: Counts, latencySeconds: z.array(z.number().nullable()) });

/** End-to-end latency from one source to one sink (every route between the two merged). */
export const PathLatencySchema = z.object({ sourceId: z.string(), sinkId: z.string(), records: z.number(), latencySeconds: Distribution });
/** A node at ≥ 85 % of its binding limit, or that throttled or lost records, with a fix computed from the run. */
export const BottleneckSchema = z.object({ nodeId: z.string(), reason: z.string(), suggestion: z.string() });

export const SimulationResultSchema = z.object({
  seed: z.number(),
  durationSeconds: z.number(),
  /** Simulated time including the drain of buffers after the sources stopped. */
  simulatedSeconds: z.number(),
  nodes: z.array(NodeStatsSchema),
  /** Per node and per data edge, at most 200 buckets of `bucketSeconds` whatever the horizon, for charts. */
  series: z.object({
    bucketSeconds: z.number(),
    nodes: z.record(z.string(), NodeSeriesSchema),
    edges: z.record(z.string(), EdgeSeriesSchema).optional(),
  }),
  paths: z.array(PathLatencySchema).optional(),
  bottlenecks: z.array(BottleneckSchema).optional(),
  notes: z.array(z.string()),
  /** Moments worth pointing at, in time order (see SIMULATION_EVENT_TYPES for which repeat). */
  events: z.array(SimulationEventSchema),
  /** The run's rates kept up for a month of 730 h, USD; byNode is null for unpriced nodes (left out of total). */
  costUsdPerMonth: z.object({ total: z.number(), byNode: z.record(z.string(), z.number().nullable()) }).optional(),
});

export type SimulationEvent = z.infer<typeof SimulationEventSchema>;
export type NodeStats = z.infer<typeof NodeStatsSchema>;
export type NodeSeries = z.infer<typeof NodeSeriesSchema>;
export type EdgeSeries = z.infer<typeof EdgeSeriesSchema>;
export type PathLatency = z.infer<typeof PathLatencySchema>;
export type Bottleneck = z.infer<typeof BottleneckSchema>;
export type SimulationResult = z.infer<typeof SimulationResultSchema>;
