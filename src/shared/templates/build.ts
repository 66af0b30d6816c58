import { checkConnection } from '../catalog/connections';
import { defaultConfig, type ConfigOf, type KindId } from '../catalog/registry';
import { PIPELINE_FORMAT, PIPELINE_VERSION, PipelineSchema, type Pipeline } from '../model/pipeline';

/** Columns and rows of the template grid, in canvas units: readable left-to-right layouts. */
const COLUMN = 260;
const ROW = 130;

export interface TemplateNode<K extends KindId = KindId> {
  id: string;
  kind: K;
  label: string;
  /** Grid cell: column (left to right, following the data) and row. */
  at: [column: number, row: number];
  config?: Partial<ConfigOf<K>>;
}

/** One node of a template; typed by kind so its settings are checked. */
export function node<K extends KindId>(kind: K, id: string, label: string, at: [number, number], config?: Partial<ConfigOf<K>>): TemplateNode<K> {
  return { id, kind, label, at, config };
}

/**
 * Builds a template's pipeline: default settings overlaid with the template's, and edges
 * `[source, target]` whose ports are chosen by the catalog's connection rules, as drawing them
 * would. A connection the rules refuse is a mistake in the template: it throws.
 */
export function buildPipeline(about: { title: string; description: string }, nodes: readonly TemplateNode[], edges: readonly (readonly [string, string])[]): Pipeline {
  const pipeline = PipelineSchema.parse({
    format: PIPELINE_FORMAT,
    version: PIPELINE_VERSION,
    name: about.title,
    description: about.description,
    nodes: nodes.map((n) => ({
      id: n.id,
      kind: n.kind,
      label: n.label,
      position: { x: n.at[0] * COLUMN, y: n.at[1] * ROW },
      config: { ...defaultConfig(n.kind), ...n.config },
    })),
    edges: [],
  });
  edges.forEach(([source, target], i) => {
    const verdict = checkConnection(pipeline, { source, target });
    if (!verdict.ok) throw new Error(`Template "${about.title}": ${source} → ${target}: ${verdict.reason}`);
    pipeline.edges.push({ id: `e${i + 1}`, source, target, sourcePort: verdict.sourcePort, targetPort: verdict.targetPort });
  });
  return pipeline;
}
