import type { Pipeline, PipelineNode, Position } from '../../shared/model/pipeline';
import { alignPositions, distributePositions, type AlignEdge, type DistributeAxis } from './align';
import type { DocumentStore } from './document-store';
import { setPinned } from './layout-operations';
import { moveNodes } from './operations';

/** Computes new positions for a pipeline (main's `layout:auto` in the app; a stand-in in tests). */
export type LayoutEngine = (pipeline: Pipeline) => Promise<ReadonlyMap<string, Position>>;

/**
 * Lays the document out with `engine` and applies the result as one undo step. When the document
 * changed while the layout was computed, the result is stale and dropped (`stale`) rather than
 * undoing the user's edit.
 */
export async function autoLayoutDocument(store: DocumentStore, engine: LayoutEngine): Promise<'applied' | 'unchanged' | 'stale'> {
  const { pipeline, revision } = store.getState();
  if (pipeline.nodes.length === 0) return 'unchanged';
  const positions = await engine(pipeline);
  if (store.getState().revision !== revision) return 'stale';
  return store.dispatch((d) => moveNodes(d, positions), { label: 'Auto-layout' }) ? 'applied' : 'unchanged';
}

const ALIGN_LABELS: Record<AlignEdge, string> = { left: 'Align left', centre: 'Align centre', right: 'Align right', top: 'Align top', middle: 'Align middle', bottom: 'Align bottom' };
const DISTRIBUTE_LABELS: Record<DistributeAxis, string> = { horizontal: 'Distribute horizontally', vertical: 'Distribute vertically' };

function placed(store: DocumentStore, nodeIds: readonly string[]): PipelineNode[] {
  const ids = new Set(nodeIds);
  return store.getState().pipeline.nodes.filter((n) => ids.has(n.id));
}

export function alignNodes(store: DocumentStore, nodeIds: readonly string[], edge: AlignEdge): boolean {
  const positions = alignPositions(placed(store, nodeIds), edge);
  return store.dispatch((d) => moveNodes(d, positions), { label: ALIGN_LABELS[edge] });
}

export function distributeNodes(store: DocumentStore, nodeIds: readonly string[], axis: DistributeAxis): boolean {
  const positions = distributePositions(placed(store, nodeIds), axis);
  return store.dispatch((d) => moveNodes(d, positions), { label: DISTRIBUTE_LABELS[axis] });
}

export function pinNodes(store: DocumentStore, nodeIds: readonly string[], pinned: boolean): boolean {
  const count = nodeIds.length;
  const label = `${pinned ? 'Pin' : 'Unpin'} ${count === 1 ? 'node' : `${count} nodes`}`;
  return store.dispatch((d) => setPinned(d, nodeIds, pinned), { label });
}

/** Whether any of these nodes is pinned (`true`) or unpinned (`false`). */
export function anyPinned(store: DocumentStore, nodeIds: readonly string[], pinned: boolean): boolean {
  return placed(store, nodeIds).some((n) => Boolean(n.pinned) === pinned);
}
