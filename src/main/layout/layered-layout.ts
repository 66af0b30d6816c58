import type { Position } from '../../shared/model/pipeline';

/** An edge as the layered layout sees it; `priority` says how much it should point right (ELK's `priority.direction`). */
export interface LayoutEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly priority?: number;
}

/**
 * A left-to-right layered layout of equally sized nodes: each node's top-left corner. Both the
 * in-process one (elk-layered.ts, run by the layout worker) and the one main uses
 * (layout-worker-client.ts) have this shape.
 */
export type LayeredLayout = (nodeIds: readonly string[], edges: readonly LayoutEdge[]) => Promise<Map<string, Position>>;

/** Gaps between layers (columns) and between nodes of a layer, in canvas units. */
export const LAYER_GAP = 60;
export const NODE_GAP = 58;
