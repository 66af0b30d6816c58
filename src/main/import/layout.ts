import ELK from 'elkjs/lib/elk.bundled.js';
import type { PipelineEdge, Position } from '../../shared/model/pipeline';

/** The canvas's node size (renderer/canvas/geometry.ts): every node is drawn this size. */
const NODE_WIDTH = 200;
const NODE_HEIGHT = 72;

/**
 * Positions for nodes that have none: a left-to-right layered layout (sources on the left, data
 * flowing right), as the reference templates are drawn. Deterministic for the same graph.
 */
export async function layeredLayout(nodeIds: readonly string[], edges: readonly PipelineEdge[]): Promise<Map<string, Position>> {
  const ids = new Set(nodeIds);
  const elk = new ELK();
  const graph = await elk.layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.layered.spacing.nodeNodeBetweenLayers': '60',
      'elk.spacing.nodeNode': '58',
      'elk.spacing.componentComponent': '58',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    },
    children: nodeIds.map((id) => ({ id, width: NODE_WIDTH, height: NODE_HEIGHT })),
    edges: edges.filter((e) => ids.has(e.source) && ids.has(e.target)).map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  });
  return new Map((graph.children ?? []).map((child) => [child.id, { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) }]));
}
