import { defaultConfig, isKindId, KIND_IDS, type KindId } from '../../shared/catalog/registry';
import { PIPELINE_FORMAT, PIPELINE_VERSION, PipelineSchema, type Pipeline, type PipelineEdge, type PipelineNode } from '../../shared/model/pipeline';
import { mappingOf } from '../export/cloudformation/mappers';
import { pipelineExtras, readPipewrightMetadata, type PipewrightMetadata } from '../export/cloudformation/pipewright-metadata';
import { importView, settingsFromView } from '../export/cloudformation/settings-from-template';
import { isPlainObject, type ParameterDeclaration } from '../export/cloudformation/template-refs';
import { inferEdges } from './infer-edges';
import { layeredPositionsInWorker } from '../layout/layout-worker-client';
import { ownership, referencePairs, resourceGraph, type ReferencePair } from './resource-graph';

/** What reading a template's resources as nodes gave, before what the settings cannot say is kept. */
export interface DraftPipeline {
  readonly pipeline: Pipeline;
  /** Which node owns each resource (its main resource, role, log group…); shared resources are absent. */
  readonly owner: ReadonlyMap<string, string>;
  /** Nodes made from a resource, by node id: the resource's logical id. */
  readonly mainResources: ReadonlyMap<string, string>;
  readonly notes: string[];
}

/** Each main resource type and the first kind (in catalog order) whose mapping writes it. */
function kindsByMainType(): Map<string, KindId> {
  const kinds = new Map<string, KindId>();
  for (const kind of KIND_IDS) {
    const type = mappingOf(kind).mainType;
    if (type !== null && !kinds.has(type)) kinds.set(type, kind);
  }
  return kinds;
}

/** "RawEventsBucket" → ["Raw", "Events", "Bucket"]; "S3Landing2" → ["S3", "Landing", "2"]. */
const words = (logicalId: string): string[] => logicalId.match(/[A-Z0-9]+(?![a-z])|[A-Z0-9]?[a-z]+|[0-9]+/g) ?? [logicalId];
/** A label from a logical id: "RawEventsBucket" → "Raw events bucket" (acronyms stay capitals). */
export const labelOf = (logicalId: string): string =>
  words(logicalId)
    .map((word, i) => (i > 0 && /^[A-Z][a-z]/.test(word) ? word.toLowerCase() : word))
    .join(' ');

/** A node id unique in `used`: "raw-events-bucket", then "raw-events-bucket-2"… */
function uniqueId(base: string, used: Set<string>): string {
  let id = base || 'node';
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

/** The settings read from the resource, then those the template's Pipewright metadata says it could not hold. */
function nodeSettings(kind: KindId, template: Record<string, unknown>, logicalId: string, stored: Record<string, unknown> | undefined, notes: string[], name: string): Record<string, unknown> {
  const resources = template.Resources as Record<string, unknown>;
  const { settings, refused } = settingsFromView(kind, importView({ Parameters: template.Parameters as Record<string, unknown>, Resources: resources }, logicalId));
  const fromMetadata = new Set(Object.keys(stored ?? {}));
  const unread = refused.filter((key) => !fromMetadata.has(key));
  if (unread.length > 0) notes.push(`${name}: ${unread.join(', ')} could not be read as settings; the template's values are kept as they are.`);
  return { ...settings, ...stored };
}

/**
 * The nodes, edges and layout a template describes: a node per resource whose type is a kind's
 * main type, the nodes and edges its `Metadata.Pipewright` lists when Pipewright wrote it, edges
 * inferred from references otherwise, and a layered layout for nodes without a stored position.
 */
export async function templateToPipeline(template: Record<string, unknown> & { Resources: Record<string, Record<string, unknown>> }, fallbackName: string): Promise<DraftPipeline> {
  const metadata = readPipewrightMetadata(template.Metadata);
  const kinds = kindsByMainType();
  const usedIds = new Set<string>();
  const notes: string[] = [];
  const nodes: PipelineNode[] = [];
  const known = new Set<string>();
  const mainResources = new Map<string, string>();
  const positions = new Map<string, { x: number; y: number }>();
  for (const [logicalId, resource] of Object.entries(template.Resources)) {
    const kind = kinds.get(resource.Type as string);
    if (kind === undefined) continue;
    const meta = metadata?.Nodes[logicalId]?.Kind === kind ? metadata.Nodes[logicalId] : undefined;
    const id = meta && !usedIds.has(meta.Id) ? (usedIds.add(meta.Id), meta.Id) : uniqueId(words(logicalId).join('-').toLowerCase(), usedIds);
    const label = meta?.Label ?? labelOf(logicalId);
    const config = nodeSettings(kind, template, logicalId, meta?.Settings, notes, `${logicalId} (${label})`);
    nodes.push({ id, kind, label, position: { x: 0, y: 0 }, config, ...(meta?.Pinned ? { pinned: true } : {}), cloudformation: { logicalId } });
    mainResources.set(id, logicalId);
    if (meta) {
      known.add(id);
      positions.set(id, meta.Position);
    }
  }
  for (const entry of metadata?.NodesWithoutResources ?? []) {
    if (usedIds.has(entry.Id)) continue;
    usedIds.add(entry.Id);
    const config = entry.Settings ?? (isKindId(entry.Kind) ? defaultConfig(entry.Kind) : {});
    nodes.push({ id: entry.Id, kind: entry.Kind, label: entry.Label, position: entry.Position, config, ...(entry.Pinned ? { pinned: true } : {}), cloudformation: { logicalId: entry.LogicalId } });
    known.add(entry.Id);
    positions.set(entry.Id, entry.Position);
  }
  const order = metadata?.NodeOrder ?? [];
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  nodes.sort((a, b) => rank(a.id) - rank(b.id));

  const pipeline = PipelineSchema.parse({
    format: PIPELINE_FORMAT,
    version: PIPELINE_VERSION,
    name: metadata?.Name ?? fallbackName,
    description: metadata?.Description ?? (typeof template.Description === 'string' ? template.Description.slice(0, 10_000) : ''),
    nodes,
    edges: [],
    ...(metadata ? pipelineExtras(metadata) : {}),
  });
  const parameters = (isPlainObject(template.Parameters) ? template.Parameters : {}) as Record<string, ParameterDeclaration>;
  const graph = resourceGraph(template.Resources, parameters);
  const owner = ownership(graph, new Map([...mainResources].map(([nodeId, logicalId]) => [logicalId, nodeId])));
  pipeline.edges = edgesOf(pipeline, metadata, known, referencePairs(graph, owner));
  await placeNodes(pipeline, positions);
  return { pipeline, owner, mainResources, notes };
}

/** The metadata's edges between nodes that exist, and inferred edges for pairs with a node the metadata does not describe. */
function edgesOf(pipeline: Pipeline, metadata: PipewrightMetadata | undefined, known: ReadonlySet<string>, pairs: readonly ReferencePair[]): PipelineEdge[] {
  const ids = new Set(pipeline.nodes.map((n) => n.id));
  const stored: PipelineEdge[] = (metadata?.Edges ?? [])
    .filter((e) => ids.has(e.Source) && ids.has(e.Target))
    .map((e) => ({ id: e.Id, source: e.Source, target: e.Target, ...(e.SourcePort ? { sourcePort: e.SourcePort } : {}), ...(e.TargetPort ? { targetPort: e.TargetPort } : {}) }));
  const fresh = pairs.filter(([a, b]) => !(known.has(a) && known.has(b)));
  const inferred = inferEdges({ ...pipeline, edges: stored }, fresh);
  const usedIds = new Set(stored.map((e) => e.id));
  let n = 0;
  const renamed = inferred.map((edge) => {
    let id: string;
    do id = `e${++n}`;
    while (usedIds.has(id));
    usedIds.add(id);
    return { ...edge, id };
  });
  return [...stored, ...renamed];
}

/** Stored positions where there are some; the others laid out in layers, below the stored ones. */
async function placeNodes(pipeline: Pipeline, positions: ReadonlyMap<string, { x: number; y: number }>): Promise<void> {
  const unplaced = pipeline.nodes.filter((n) => !positions.has(n.id));
  for (const node of pipeline.nodes) node.position = positions.get(node.id) ?? node.position;
  if (unplaced.length === 0) return;
  const laid = await layeredPositionsInWorker(unplaced.map((n) => n.id), pipeline.edges);
  // Below everything already placed, with a gap of about one node.
  const top = positions.size === 0 ? 0 : Math.max(...[...positions.values()].map((p) => p.y)) + 160;
  for (const node of unplaced) {
    const at = laid.get(node.id) ?? { x: 0, y: 0 };
    node.position = { x: at.x, y: at.y + top };
  }
}
