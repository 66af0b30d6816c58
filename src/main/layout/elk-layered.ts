import ELK from 'elkjs/lib/elk.bundled.js';
import type { Position } from '../../shared/model/pipeline';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/model/node-size';

/** An edge as the layered layout sees it; `priority` says how much it should point right (ELK's `priority.direction`). */
export interface LayoutEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly priority?: number;
}

/** Gaps between layers (columns) and between nodes of a layer, in canvas units. */
export const LAYER_GAP = 60;
export const NODE_GAP = 58;

/**
 * Options that trade some crossing reduction for time on large graphs (one sweep, no greedy
 * switching, no model-order tie-breaks): ELK's defaults take minutes at a thousand nodes.
 */
export const QUICK_OPTIONS: Readonly<Record<string, string>> = {
  'elk.layered.thoroughness': '1',
  'elk.layered.crossingMinimization.greedySwitch.type': 'OFF',
  'elk.layered.considerModelOrder.strategy': 'NONE',
};

/**
 * A left-to-right layered layout (ELK `layered`, direction RIGHT) of equally sized nodes: sources
 * on the left, each edge pointing right where the graph allows. Deterministic for the same input
 * (model order is kept as the tie-breaker). Positions are the nodes' top-left corners, rounded.
 * `extra` overrides ELK options (see QUICK_OPTIONS).
 */
export async function layeredPositions(nodeIds: readonly string[], edges: readonly LayoutEdge[], extra: Record<string, string> = {}): Promise<Map<string, Position>> {
  const ids = new Set(nodeIds);
  const graph = await new ELK().layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.layered.spacing.nodeNodeBetweenLayers': String(LAYER_GAP),
      'elk.spacing.nodeNode': String(NODE_GAP),
      'elk.spacing.componentComponent': String(NODE_GAP),
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      ...extra,
    },
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
