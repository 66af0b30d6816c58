import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { createStore, useStore } from '../state/create-store';
import { documentStore } from '../state/document';

/** Requests to frame nodes on the canvas (from the findings panel, for example). */
const focusStore = createStore<{ nodeIds: readonly string[]; seq: number } | undefined>(undefined);
let seq = 0;

/** How a framed element is shown: with room around it, not magnified past 125 %, in a short animation. */
export const FRAME_OPTIONS = { padding: 0.35, maxZoom: 1.25, duration: 300 } as const;

/** Frames these nodes (those that still exist) in the view. */
export function frameNodes(nodeIds: readonly string[]): void {
  if (nodeIds.length > 0) focusStore.set({ nodeIds, seq: ++seq });
}

/** Frames a connection: both of its ends. */
export function focusEdge(edgeId: string): void {
  const edge = documentStore.getState().pipeline.edges.find((e) => e.id === edgeId);
  if (edge) frameNodes([edge.source, edge.target]);
}

export function useFocusRequests(): void {
  const request = useStore(focusStore);
  const { fitView } = useReactFlow();
  useEffect(() => {
    if (!request) return;
    const existing = new Set(documentStore.getState().pipeline.nodes.map((n) => n.id));
    const nodes = [...new Set(request.nodeIds)].filter((id) => existing.has(id)).map((id) => ({ id }));
    if (nodes.length > 0) void fitView({ ...FRAME_OPTIONS, nodes });
  }, [request, fitView]);
}
