import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { createStore, useStore } from '../state/create-store';
import { documentStore } from '../state/document';
import { NODE_HEIGHT, NODE_WIDTH } from './geometry';

/** Requests to bring a node into view (from the findings panel, for example). */
const focusStore = createStore<{ nodeId: string; seq: number } | undefined>(undefined);
let seq = 0;

export function focusNode(nodeId: string): void {
  focusStore.set({ nodeId, seq: ++seq });
}

export function useFocusRequests(): void {
  const request = useStore(focusStore);
  const { setCenter, getZoom } = useReactFlow();
  useEffect(() => {
    if (!request) return;
    const node = documentStore.getState().pipeline.nodes.find((n) => n.id === request.nodeId);
    if (node) void setCenter(node.position.x + NODE_WIDTH / 2, node.position.y + NODE_HEIGHT / 2, { zoom: Math.max(getZoom(), 0.8), duration: 250 });
  }, [request, setCenter, getZoom]);
}
