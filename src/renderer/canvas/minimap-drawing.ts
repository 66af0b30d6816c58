import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/model/node-size';
import type { Position } from '../../shared/model/pipeline';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The view, in canvas units, from React Flow's transform [x, y, zoom] and the pane's size in pixels. */
export function viewRect([tx, ty, zoom]: readonly [number, number, number], width: number, height: number): Rect {
  return { x: -tx / zoom, y: -ty / zoom, width: width / zoom, height: height / zoom };
}

/** The box around every node; undefined without nodes. */
export function nodesBounds(positions: readonly Position[]): Rect | undefined {
  if (positions.length === 0) return undefined;
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of positions) {
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x + NODE_WIDTH);
    maxY = Math.max(maxY, p.y + NODE_HEIGHT);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

function union(a: Rect, b: Rect | undefined): Rect {
  if (!b) return a;
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

/** Maps canvas units to minimap pixels: the nodes and the view, scaled to fit and centred. */
export interface MinimapProjection {
  scale: number;
  offsetX: number;
  offsetY: number;
}

export function projection(view: Rect, nodes: Rect | undefined, width: number, height: number): MinimapProjection {
  const world = union(view, nodes);
  const scale = Math.min(width / world.width, height / world.height);
  return { scale, offsetX: (width - world.width * scale) / 2 - world.x * scale, offsetY: (height - world.height * scale) / 2 - world.y * scale };
}

/** A point of the minimap, in canvas units. */
export const toCanvas = (p: MinimapProjection, x: number, y: number): Position => ({ x: (x - p.offsetX) / p.scale, y: (y - p.offsetY) / p.scale });

export interface MinimapColours {
  node: string;
  selected: string;
  mask: string;
  view: string;
}

/** Draws the nodes as rectangles and dims what is outside the view: one pass over the nodes, no DOM per node. */
export function drawMinimap(
  ctx: CanvasRenderingContext2D,
  size: { width: number; height: number },
  p: MinimapProjection,
  nodes: readonly { position: Position; selected: boolean }[],
  view: Rect,
  colours: MinimapColours,
): void {
  ctx.clearRect(0, 0, size.width, size.height);
  const w = Math.max(1, NODE_WIDTH * p.scale);
  const h = Math.max(1, NODE_HEIGHT * p.scale);
  for (const selected of [false, true]) {
    ctx.fillStyle = selected ? colours.selected : colours.node;
    ctx.beginPath();
    for (const n of nodes) if (n.selected === selected) ctx.rect(n.position.x * p.scale + p.offsetX, n.position.y * p.scale + p.offsetY, w, h);
    ctx.fill();
  }
  const vx = view.x * p.scale + p.offsetX;
  const vy = view.y * p.scale + p.offsetY;
  const vw = view.width * p.scale;
  const vh = view.height * p.scale;
  ctx.fillStyle = colours.mask;
  ctx.beginPath();
  ctx.rect(0, 0, size.width, size.height);
  ctx.rect(vx, vy, vw, vh);
  ctx.fill('evenodd');
  ctx.strokeStyle = colours.view;
  ctx.lineWidth = 1.5;
  ctx.strokeRect(vx, vy, vw, vh);
}
