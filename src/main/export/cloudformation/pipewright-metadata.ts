import { z } from 'zod';
import { isKindId } from '../../../shared/catalog/registry';
import { LogicalIdSchema } from '../../../shared/model/cloudformation';
import { PIPELINE_VERSION, SimulationSettingsSchema, SuppressionSchema, type Pipeline, type PipelineNode } from '../../../shared/model/pipeline';
import { mappingOf } from './mappers';
import { importView, settingsFromView, type TemplateParts } from './settings-from-template';
import { sameValue } from './template-refs';

/**
 * `Metadata.Pipewright` of an exported template: what the template itself cannot say about the
 * pipeline, so that importing it gives the same pipeline back (docs/import.md). Nodes whose main
 * resource is in the template are keyed by its logical id and carry only the settings that cannot
 * be read back from their resources; the others (sources outside AWS, kinds not exported yet)
 * carry their kind and all their settings.
 */

/**
 * cfn-lint refuses numbers with a fraction anywhere in Metadata (E4002), so such numbers are written
 * as text, and settings, whose types only their kind knows, as JSON text.
 */
const MetaNumberSchema = z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i).transform(Number)]);
const metaNumber = (n: number): number | string => (Number.isInteger(n) ? n : String(n));
const SettingsSchema = z.string().transform((text, ctx) => {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // reported below
  }
  ctx.addIssue({ code: 'custom', message: 'Settings must be a JSON object' });
  return z.NEVER;
});

const NodeEntrySchema = z.object({
  Id: z.string().min(1),
  Kind: z.string().min(1),
  Label: z.string(),
  Position: z.object({ x: MetaNumberSchema, y: MetaNumberSchema }),
  /** Present (true) only for nodes pinned against auto-layout. */
  Pinned: z.boolean().optional(),
  /** Settings the resources do not give back (record rates, simulation-only values, SSE-C…), as JSON text. */
  Settings: SettingsSchema.optional(),
});
const NodeWithoutResourceSchema = NodeEntrySchema.extend({ LogicalId: LogicalIdSchema });

export const PipewrightMetadataSchema = z.object({
  FormatVersion: z.number().int().positive(),
  Name: z.string(),
  Description: z.string().default(''),
  /** Node ids in the pipeline's order. */
  NodeOrder: z.array(z.string()).default([]),
  Nodes: z.record(z.string(), NodeEntrySchema).default({}),
  NodesWithoutResources: z.array(NodeWithoutResourceSchema).default([]),
  Edges: z
    .array(z.object({ Id: z.string().min(1), Source: z.string().min(1), Target: z.string().min(1), SourcePort: z.string().min(1).optional(), TargetPort: z.string().min(1).optional() }))
    .default([]),
  Suppressions: z.array(z.object({ Code: z.string(), Target: z.string(), Justification: z.string() })).default([]),
  /** LoadProfile: the run-wide load profile, as JSON text (its numbers may have fractions); absent when each source keeps its own. */
  Simulation: z.object({ DurationSeconds: MetaNumberSchema, Seed: MetaNumberSchema, ResolutionSeconds: MetaNumberSchema, LoadProfile: SettingsSchema.optional() }).optional(),
  Notes: z.array(z.string()).optional(),
});
/** Metadata.Pipewright as written in a template. */
export type PipewrightMetadataText = z.input<typeof PipewrightMetadataSchema>;
export type PipewrightMetadata = z.output<typeof PipewrightMetadataSchema>;

/** The settings of `node` that reading its resource back in `template` does not give (all of them for an unknown kind). */
function unreadSettings(node: PipelineNode, logicalId: string, template: TemplateParts): Record<string, unknown> {
  if (!isKindId(node.kind)) return node.config;
  const { settings } = settingsFromView(node.kind, importView(template, logicalId));
  return Object.fromEntries(Object.entries(node.config).filter(([key, value]) => !sameValue(settings[key], value)));
}

/** Builds the metadata for `pipeline`, exported as `template` with `logicalIdOf` naming each node's main resource. */
export function pipewrightMetadata(pipeline: Pipeline, template: TemplateParts, logicalIdOf: (nodeId: string) => string | undefined, notes: readonly string[]): PipewrightMetadataText {
  const nodes: NonNullable<PipewrightMetadataText['Nodes']> = {};
  const withoutResources: NonNullable<PipewrightMetadataText['NodesWithoutResources']> = [];
  for (const node of pipeline.nodes) {
    const logicalId = logicalIdOf(node.id) ?? node.id.replace(/[^A-Za-z0-9]/g, '');
    const entry = { Id: node.id, Kind: node.kind, Label: node.label, Position: { x: metaNumber(node.position.x), y: metaNumber(node.position.y) }, ...(node.pinned ? { Pinned: true } : {}) };
    const resource = template.Resources[logicalId] as { Type?: unknown } | undefined;
    const mainType = isKindId(node.kind) ? mappingOf(node.kind).mainType : null;
    if (resource && mainType !== null && resource.Type === mainType) {
      const settings = unreadSettings(node, logicalId, template);
      nodes[logicalId] = { ...entry, ...(Object.keys(settings).length > 0 ? { Settings: JSON.stringify(settings) } : {}) };
    } else withoutResources.push({ ...entry, LogicalId: logicalId, Settings: JSON.stringify(node.config) });
  }
  const { durationSeconds, seed, resolutionSeconds, loadProfile } = pipeline.simulation;
  return {
    FormatVersion: PIPELINE_VERSION,
    Name: pipeline.name,
    ...(pipeline.description !== '' ? { Description: pipeline.description } : {}),
    NodeOrder: pipeline.nodes.map((n) => n.id),
    Nodes: nodes,
    NodesWithoutResources: withoutResources,
    Edges: pipeline.edges.map((e) => ({ Id: e.id, Source: e.source, Target: e.target, ...(e.sourcePort ? { SourcePort: e.sourcePort } : {}), ...(e.targetPort ? { TargetPort: e.targetPort } : {}) })),
    ...(pipeline.suppressions.length > 0 ? { Suppressions: pipeline.suppressions.map((s) => ({ Code: s.code, Target: s.target, Justification: s.justification })) } : {}),
    Simulation: {
      DurationSeconds: metaNumber(durationSeconds),
      Seed: metaNumber(seed),
      ResolutionSeconds: metaNumber(resolutionSeconds),
      ...(loadProfile ? { LoadProfile: JSON.stringify(loadProfile) } : {}),
    },
    ...(notes.length > 0 ? { Notes: [...notes] } : {}),
  };
}

/** Reads `Metadata.Pipewright` back; undefined when absent or not in this shape (the template is then read as a foreign one). */
export function readPipewrightMetadata(metadata: unknown): PipewrightMetadata | undefined {
  const parsed = PipewrightMetadataSchema.safeParse((metadata as { Pipewright?: unknown } | undefined)?.Pipewright);
  return parsed.success && parsed.data.FormatVersion <= PIPELINE_VERSION ? parsed.data : undefined;
}

/** Suppressions and simulation settings as the pipeline model has them. */
export function pipelineExtras(metadata: PipewrightMetadata): Pick<Pipeline, 'suppressions'> & { simulation?: Pipeline['simulation'] } {
  const suppressions = metadata.Suppressions.map((s) => SuppressionSchema.safeParse({ code: s.Code, target: s.Target, justification: s.Justification })).flatMap((r) => (r.success ? [r.data] : []));
  const simulation =
    metadata.Simulation &&
    SimulationSettingsSchema.safeParse({
      durationSeconds: metadata.Simulation.DurationSeconds,
      seed: metadata.Simulation.Seed,
      resolutionSeconds: metadata.Simulation.ResolutionSeconds,
      loadProfile: metadata.Simulation.LoadProfile,
    });
  return { suppressions, ...(simulation?.success ? { simulation: simulation.data } : {}) };
}
