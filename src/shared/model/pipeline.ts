import { z } from 'zod';
import { LoadProfileSchema } from '../catalog/workload';
import { NodeCloudFormationSchema, PipelineCloudFormationSchema } from './cloudformation';

/** The `format` marker every `.pipewright` file starts with. */
export const PIPELINE_FORMAT = 'pipewright';
/** The document version this build writes. Older versions are migrated on open (see migrations.ts). */
export const PIPELINE_VERSION = 3;

/** A point on the canvas, in canvas units (pixels at zoom 1). Example: `{ x: 120, y: 80 }`. */
export const PositionSchema = z.object({ x: z.number().finite(), y: z.number().finite() });

/**
 * One service or source on the canvas. `config` is kept as raw data at the document level: a
 * node whose settings are out of bounds must still load, so that the validator can say what is
 * wrong instead of the file refusing to open. Each kind's catalog schema checks it.
 */
export const PipelineNodeSchema = z.object({
  /** Unique within the pipeline; stable across saves. Example: `"firehose-1"`. */
  id: z.string().min(1),
  /** A catalog kind id. Example: `"kinesis-firehose"`. */
  kind: z.string().min(1),
  /** What the user calls it. Example: `"Clickstream delivery"`. */
  label: z.string(),
  position: PositionSchema,
  config: z.record(z.string(), z.unknown()),
  /** Auto-layout leaves a pinned node where it is. Written only when true; absent in older files. */
  pinned: z.boolean().optional(),
  /** What an imported CloudFormation template had for this node beyond its settings (since format version 3; see cloudformation.ts). */
  cloudformation: NodeCloudFormationSchema.optional(),
});

/** A connection from one node's output port to another node's input port. */
export const PipelineEdgeSchema = z.object({
  id: z.string().min(1),
  source: z.string().min(1),
  target: z.string().min(1),
  /** Output port id on the source node. Example: `"records"`. */
  sourcePort: z.string().min(1).optional(),
  /** Input port id on the target node. Example: `"records"`. */
  targetPort: z.string().min(1).optional(),
});

/** How a simulation of this pipeline is run. */
export const SimulationSettingsSchema = z.object({
  /** How long sources produce data, in seconds. Buffers are drained afterwards. */
  durationSeconds: z.number().positive().max(31 * 86_400).default(3_600),
  /** Seed of the pseudo-random generator: the same seed gives the same results. */
  seed: z.number().int().min(0).max(2 ** 32 - 1).default(1),
  /** Upper bound on how far apart emissions of one source are, in seconds (see ARCHITECTURE.md). */
  resolutionSeconds: z.number().min(0.001).max(60).default(0.1),
  /** One load profile for every source in the run, instead of each source's own. Absent: each source's own (and in older files). */
  loadProfile: LoadProfileSchema.optional(),
});

/**
 * A finding the user has accepted, with the reason why: it stays listed, marked suppressed, and
 * no longer counts as an error. `target` is the node or edge id the finding names, or `*` for all.
 */
export const SuppressionSchema = z.object({
  /** A finding code. Example: `"PW601"`. */
  code: z.string().min(1),
  target: z.string().min(1),
  justification: z.string().trim().min(1, 'Say why the finding is accepted'),
});

/** The whole `.pipewright` document. */
export const PipelineSchema = z.object({
  format: z.literal(PIPELINE_FORMAT),
  version: z.literal(PIPELINE_VERSION),
  name: z.string(),
  /** What the pipeline is for, in the author's words (since format version 2). */
  description: z.string().max(10_000).default(''),
  nodes: z.array(PipelineNodeSchema),
  edges: z.array(PipelineEdgeSchema),
  simulation: SimulationSettingsSchema.prefault({}),
  /** Accepted findings (see SuppressionSchema). */
  suppressions: z.array(SuppressionSchema).default([]),
  /** What an imported CloudFormation template had that belongs to no node (since format version 3; see cloudformation.ts). */
  cloudformation: PipelineCloudFormationSchema.optional(),
});

export type Position = z.infer<typeof PositionSchema>;
export type PipelineNode = z.infer<typeof PipelineNodeSchema>;
export type PipelineEdge = z.infer<typeof PipelineEdgeSchema>;
export type SimulationSettings = z.infer<typeof SimulationSettingsSchema>;
export type Suppression = z.infer<typeof SuppressionSchema>;
export type Pipeline = z.infer<typeof PipelineSchema>;

/** A new, empty pipeline. */
export function emptyPipeline(name = 'Untitled pipeline'): Pipeline {
  return PipelineSchema.parse({ format: PIPELINE_FORMAT, version: PIPELINE_VERSION, name, nodes: [], edges: [] });
}
