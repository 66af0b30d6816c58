import ELK from 'elkjs/lib/elk.bundled.js';
import type { Position } from '../../shared/model/pipeline';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/model/node-size';
import { LAYER_GAP, NODE_GAP, type LayoutEdge } from './layered-layout';

/** Above this many nodes ELK runs with LARGE_GRAPH_OPTIONS. */
export const LARGE_GRAPH = 300;

const BASE_OPTIONS: Readonly<Record<string, string>> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.layered.spacing.nodeNodeBetweenLayers': String(LAYER_GAP),
  'elk.spacing.nodeNode': String(NODE_GAP),
  'elk.spacing.componentComponent': String(NODE_GAP),
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
};

/**
 * Options that trade some crossing reduction for time on large graphs: one crossing-minimisation
 * sweep, no greedy switching, no model-order tie-breaks, and straight edge segments instead of
 * orthogonal routing (only node positions are read; orthogonal routing costs ELK several times as
 * much and widens the gaps between layers for its routing channels). ELK's defaults take minutes
 * at a thousand nodes (see ARCHITECTURE.md, "Layout", for the figures).
 */
export const LARGE_GRAPH_OPTIONS: Readonly<Record<string, string>> = {
  'elk.layered.thoroughness': '1',
  'elk.layered.crossingMinimization.greedySwitch.type': 'OFF',
  'elk.layered.considerModelOrder.strategy': 'NONE',
  'elk.edgeRouting': 'POLYLINE',
};

/** The ELK options for a graph of `nodeCount` nodes: ELK's careful defaults, or quicker ones for a large graph. */
export function layeredOptions(nodeCount: number): Record<string, string> {
  return nodeCount > LARGE_GRAPH ? { ...BASE_OPTIONS, ...LARGE_GRAPH_OPTIONS } : { ...BASE_OPTIONS };
}

/** One ELK per thread: its first layout sets up every algorithm, which later ones reuse. */
let elk: InstanceType<typeof ELK> | undefined;

/**
 * A left-to-right layered layout (ELK `layered`, direction RIGHT) of equally sized nodes: sources
 * on the left, each edge pointing right where the graph allows. Deterministic for the same input
 * (model order is kept as the tie-breaker). Positions are the nodes' top-left corners, rounded.
 * ELK computes for as long as it needs on the calling thread: main calls it through the layout
 * worker (layout-worker-client.ts), never directly.
 */
export async function layeredPositions(nodeIds: readonly string[], edges: readonly LayoutEdge[], options = layeredOptions(nodeIds.length)): Promise<Map<string, Position>> {
  const ids = new Set(nodeIds);
  const graph = await (elk ??= new ELK()).layout({
    id: 'root',
    layoutOptions: options,
    children: nodeIds.map((id) => ({ id, width: NODE_WIDTH, height: NODE_HEIGHT })),
    edges: edges
      .filter((e) => ids.has(e.source) && ids.has(e.target) && e.source !== e.target)
      .map((e) => ({
        id: e.id,
        sources: [e.source],
        targets: [e.target],
        ...(e.priority !== undefined ? { layoutOptions: { 'elk.layered.priority.direction': String(e.priority) } } : {}),
      })),
  });
  return new Map((graph.children ?? []).map((child) => [child.id, { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) }]));
}
