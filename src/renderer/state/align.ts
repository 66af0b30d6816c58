import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/model/node-size';
import type { Position } from '../../shared/model/pipeline';

/**
 * Align and distribute, as pure functions of the selected nodes' positions (every node has the
 * same size, so edges and centres follow from the top-left corner). They return only the
 * positions that change; the caller applies them as one undo step.
 */
export type AlignEdge = 'left' | 'centre' | 'right' | 'top' | 'middle' | 'bottom';
export type DistributeAxis = 'horizontal' | 'vertical';

export interface Placed {
  readonly id: string;
  readonly position: Position;
}

/** Fewest nodes each operation needs to do anything. */
export const MIN_TO_ALIGN = 2;
export const MIN_TO_DISTRIBUTE = 3;

const changed = (nodes: readonly Placed[], to: (p: Position) => Position) =>
  new Map(
    nodes.flatMap((n) => {
      const next = to(n.position);
      return next.x !== n.position.x || next.y !== n.position.y ? [[n.id, next] as const] : [];
    }),
  );

/**
 * Lines the nodes up on one edge or centre line of their bounding box: `left` moves every node to
 * the leftmost left edge, `centre` to the box's vertical centre line, `middle` to its horizontal one.
 */
export function alignPositions(nodes: readonly Placed[], edge: AlignEdge): Map<string, Position> {
  if (nodes.length < MIN_TO_ALIGN) return new Map();
  const xs = nodes.map((n) => n.position.x);
  const ys = nodes.map((n) => n.position.y);
  const [left, right] = [Math.min(...xs), Math.max(...xs)];
  const [top, bottom] = [Math.min(...ys), Math.max(...ys)];
  const x = { left, right, centre: Math.round((left + right) / 2) };
  const y = { top, bottom, middle: Math.round((top + bottom) / 2) };
  switch (edge) {
    case 'left':
    case 'centre':
    case 'right':
      return changed(nodes, (p) => ({ x: x[edge], y: p.y }));
    default:
      return changed(nodes, (p) => ({ x: p.x, y: y[edge] }));
  }
}

/**
 * Spaces the nodes evenly between the two outermost ones along an axis (those two stay), in their
 * current order; the gaps between neighbours become equal (they overlap evenly when there is no room).
 */
export function distributePositions(nodes: readonly Placed[], axis: DistributeAxis): Map<string, Position> {
  if (nodes.length < MIN_TO_DISTRIBUTE) return new Map();
  const key = axis === 'horizontal' ? 'x' : 'y';
  const size = axis === 'horizontal' ? NODE_WIDTH : NODE_HEIGHT;
  const sorted = [...nodes].sort((a, b) => a.position[key] - b.position[key] || (a.id < b.id ? -1 : 1));
  const first = sorted[0]!.position[key];
  const last = sorted.at(-1)!.position[key];
  const gap = (last - first - (sorted.length - 1) * size) / (sorted.length - 1);
  const target = new Map(sorted.map((n, i) => [n.id, Math.round(first + i * (size + gap))]));
  return new Map(
    sorted.flatMap((n) => {
      const at = target.get(n.id)!;
      return at === n.position[key] ? [] : [[n.id, { ...n.position, [key]: at }] as const];
    }),
  );
}
