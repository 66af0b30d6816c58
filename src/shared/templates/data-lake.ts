import { analyticsLayerParts } from './analytics-layer';
import { batchLayerParts } from './batch-layer';
import { buildPipeline, type TemplateNode } from './build';
import { realTimeLayerParts } from './real-time-layer';
import type { PipelineTemplate, TemplateParts } from './types';
import { videoLayerParts } from './video-layer';

const about = {
  title: 'Data lake (all four layers)',
  description:
    'The real-time, video, batch and analytics layers joined around one data lake: streaming and batch ingestion land in the same bucket, one Glue Data Catalog describes it, and Athena, Redshift Spectrum, EMR and SageMaker read it.',
};

/**
 * Each layer keeps its own layout, shifted by whole grid cells. Node ids get the layer's prefix, except the nodes
 * that `shared` maps to one node of the whole lake (the lake bucket, the catalog).
 */
function place(parts: TemplateParts, prefix: string, [columnOffset, rowOffset]: [number, number], shared: Record<string, string>): TemplateParts {
  const id = (local: string) => shared[local] ?? `${prefix}-${local}`;
  return {
    nodes: parts.nodes.filter((n) => !(n.id in shared)).map((n): TemplateNode => ({ ...n, id: id(n.id), at: [n.at[0] + columnOffset, n.at[1] + rowOffset] })),
    edges: parts.edges.map(([s, t]) => [id(s), id(t)] as const),
  };
}

/** Real time on top, batch below it feeding the same lake, analytics to the right of the lake, video at the bottom. */
const layers = [
  place(realTimeLayerParts, 'rt', [0, 0], {}),
  place(batchLayerParts, 'batch', [-2, 5], { processed: 'rt-lake', catalog: 'rt-catalog' }),
  place(analyticsLayerParts, 'analytics', [4, 1], { lake: 'rt-lake', catalog: 'rt-catalog' }),
  place(videoLayerParts, 'video', [0, 9], {}),
];

/** The shared lake takes the analytics layer's encryption: its KMS key is connected to it. */
const LAKE_SETTINGS = { 'rt-lake': { encryption: 'SSE-KMS' } } as const;

export const dataLake: PipelineTemplate = {
  id: 'data-lake',
  ...about,
  build: () =>
    buildPipeline(
      about,
      layers.flatMap((l) => l.nodes).map((n) => (n.id in LAKE_SETTINGS ? { ...n, config: { ...n.config, ...LAKE_SETTINGS[n.id as keyof typeof LAKE_SETTINGS] } } : n)),
      layers.flatMap((l) => l.edges),
    ),
};
