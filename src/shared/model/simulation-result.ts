import { z } from 'zod';

const Distribution = z.object({ mean: z.number(), p50: z.number(), p95: z.number(), max: z.number() });

export const SIMULATION_EVENT_TYPES = ['first-throttle', 'retention-loss-begins'] as const;
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
  /** USD for the run (cost model, simulate/cost); null when the kind cannot be priced (see notes). */
  costUsd: z.number().nullable().optional(),
});

export const SimulationResultSchema = z.object({
  seed: z.number(),
  durationSeconds: z.number(),
  /** Simulated time including the drain of buffers after the sources stopped. */
  simulatedSeconds: z.number(),
  nodes: z.array(NodeStatsSchema),
  /** Records in and out per node per bucket of `bucketSeconds`, for charts. */
  series: z.object({
    bucketSeconds: z.number(),
    nodes: z.record(z.string(), z.object({ recordsIn: z.array(z.number()), recordsOut: z.array(z.number()) })),
  }),
  notes: z.array(z.string()),
  /** Moments worth pointing at, in time order (first per node and type). */
  events: z.array(SimulationEventSchema),
  /** The run's rates kept up for a month of 730 h, USD; byNode is null for unpriced nodes (left out of total). */
  costUsdPerMonth: z.object({ total: z.number(), byNode: z.record(z.string(), z.number().nullable()) }).optional(),
});

export type NodeStats = z.infer<typeof NodeStatsSchema>;
export type SimulationResult = z.infer<typeof SimulationResultSchema>;
