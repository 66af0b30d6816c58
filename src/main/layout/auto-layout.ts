import { outputEdgeKind } from '../../shared/catalog/connections';
import type { EdgeKind } from '../../shared/catalog/types';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/model/node-size';
import type { Pipeline, PipelineNode, Position } from '../../shared/model/pipeline';
import { NODE_GAP, type LayeredLayout, type LayoutEdge } from './layered-layout';
import { layeredPositionsInWorker } from './layout-worker-client';

/**
 * How strongly an edge of each kind should point right. Data edges drive the layering; control
 * (schedules, Step Functions tasks) and metadata (catalogs, KMS keys) edges still keep their ends
 * near each other, but when a cycle must be broken ELK turns one of them around, never a data
 * edge that has a choice.
 */
const DIRECTION_PRIORITY: Record<EdgeKind, number> = { data: 10, control: 1, metadata: 1 };

/** Space kept around a pinned node when the laid-out nodes are moved out of its way. */
const PIN_CLEARANCE = 24;

type Box = Position;
const overlaps = (a: Box, b: Box, gap: number) => a.x < b.x + NODE_WIDTH + gap && b.x < a.x + NODE_WIDTH + gap && a.y < b.y + NODE_HEIGHT + gap && b.y < a.y + NODE_HEIGHT + gap;

function centroid(points: readonly Position[]): Position {
  return { x: points.reduce((s, p) => s + p.x, 0) / points.length, y: points.reduce((s, p) => s + p.y, 0) / points.length };
}

function topLeft(points: readonly Position[]): Position {
  return { x: Math.min(...points.map((p) => p.x)), y: Math.min(...points.map((p) => p.y)) };
}

/**
 * Where the laid-out pipeline goes on the canvas: with pinned nodes, so that their laid-out
 * centroid lands on their current centroid (the layout forms around them); without, so that its
 * top-left corner stays where the pipeline's was (the view does not jump).
 */
function anchorOffset(nodes: readonly PipelineNode[], laid: ReadonlyMap<string, Position>): Position {
  const pinned = nodes.filter((n) => n.pinned);
  const [from, to] =
    pinned.length > 0
      ? [centroid(pinned.map((n) => laid.get(n.id)!)), centroid(pinned.map((n) => n.position))]
      : [topLeft(nodes.map((n) => laid.get(n.id)!)), topLeft(nodes.map((n) => n.position))];
  return { x: Math.round(to.x - from.x), y: Math.round(to.y - from.y) };
}

/**
 * New positions for every node of the pipeline: a left-to-right layered layout following the data
 * flow (see DIRECTION_PRIORITY). Pinned nodes keep their exact positions: the layout is computed
 * with them (so the flow through them shapes it), moved so that they land where they are, and
 * every other node that would then overlap one is pushed down its column, keeping the column's
 * order, so that unpinned nodes keep their left-to-right order. ELK runs in the process's layout worker
 * thread (or `layered`, e.g. a new worker), so main stays free for other calls meanwhile.
 */
export async function autoLayout(pipeline: Pipeline, layered: LayeredLayout = layeredPositionsInWorker): Promise<Map<string, Position>> {
  const { nodes } = pipeline;
  if (nodes.length === 0) return new Map();
  const kinds = new Map(nodes.map((n) => [n.id, n.kind]));
  const edges: LayoutEdge[] = pipeline.edges.map((e) => ({
    id: e.id,
    source: e.source,
    target: e.target,
    priority: DIRECTION_PRIORITY[outputEdgeKind(kinds.get(e.source), e.sourcePort) ?? 'data'],
  }));
  const laid = await layered(
    nodes.map((n) => n.id),
    edges,
  );
  const offset = anchorOffset(nodes, laid);
  const result = new Map<string, Position>();
  const placed: Position[] = [];
  for (const node of nodes) {
    if (!node.pinned) continue;
    result.set(node.id, node.position);
    placed.push(node.position);
  }
  const free = nodes
    .filter((n) => !n.pinned)
    .map((n) => {
      const at = laid.get(n.id)!;
      return { id: n.id, at: { x: at.x + offset.x, y: at.y + offset.y } };
    })
    .sort((a, b) => a.at.x - b.at.x || a.at.y - b.at.y);
  /** The bottom of the last node placed in each column (x), so a pushed node pushes the ones below it. */
  const columnBottom = new Map<number, number>();
  for (const { id, at } of free) {
    let y = Math.max(at.y, (columnBottom.get(at.x) ?? -Infinity) + NODE_GAP);
    for (let hit = placed.find((p) => overlaps({ x: at.x, y }, p, PIN_CLEARANCE)); hit; hit = placed.find((p) => overlaps({ x: at.x, y }, p, PIN_CLEARANCE))) {
      y = hit.y + NODE_HEIGHT + PIN_CLEARANCE;
    }
    const position = { x: at.x, y };
    result.set(id, position);
    placed.push(position);
    columnBottom.set(at.x, y + NODE_HEIGHT);
  }
  return result;
}
