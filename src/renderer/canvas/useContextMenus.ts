import { useReactFlow } from '@xyflow/react';
import { useCallback, type MouseEvent as ReactMouseEvent } from 'react';
import { contextMenuStore } from '../commands/overlays';
import type { ContextTarget } from '../commands/registry';
import { select, selectionStore } from '../state/selection';
import type { FlowEdge, FlowNode } from './to-flow';

/**
 * Right-click on the canvas, a node or an edge opens the context menu of that target. A node or edge
 * outside the selection becomes the selection first (desktop convention), so the menu acts on it.
 */
export function useContextMenus() {
  const { screenToFlowPosition } = useReactFlow();
  const open = useCallback(
    (event: ReactMouseEvent | MouseEvent, target: ContextTarget) => {
      event.preventDefault();
      const screen = { x: event.clientX, y: event.clientY };
      contextMenuStore.set({ target, screen, flow: screenToFlowPosition(screen) });
    },
    [screenToFlowPosition],
  );
  const onPaneContextMenu = useCallback((event: ReactMouseEvent | MouseEvent) => open(event, 'canvas'), [open]);
  const onNodeContextMenu = useCallback(
    (event: ReactMouseEvent, node: FlowNode) => {
      if (!selectionStore.get().nodeIds.includes(node.id)) select({ nodeIds: [node.id] });
      open(event, 'node');
    },
    [open],
  );
  const onSelectionContextMenu = useCallback((event: ReactMouseEvent) => open(event, 'node'), [open]);
  const onEdgeContextMenu = useCallback(
    (event: ReactMouseEvent, edge: FlowEdge) => {
      if (!selectionStore.get().edgeIds.includes(edge.id)) select({ edgeIds: [edge.id] });
      open(event, 'edge');
    },
    [open],
  );
  return { onPaneContextMenu, onNodeContextMenu, onSelectionContextMenu, onEdgeContextMenu };
}
