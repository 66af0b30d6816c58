import { Background, BackgroundVariant, Controls, ReactFlow, useReactFlow, type EdgeTypes, type NodeTypes } from '@xyflow/react';
import { useEffect } from 'react';
import { useDocument } from '../state/document';
import { useThemeChoice } from '../theme/theme';
import { CanvasToast } from './CanvasToast';
import { ConnectHint } from './ConnectHint';
import { useConnectDrag } from './connect-drag';
import { EdgeLegend } from './EdgeLegend';
import { PipelineEdge } from './PipelineEdge';
import { PipelineNode } from './PipelineNode';
import { useCanvasHandlers } from './useCanvasHandlers';
import { useDropKind } from './useDropKind';
import { useFlowElements } from './useFlowElements';
import { useFocusRequests } from './focus';
import { useContextMenus } from './useContextMenus';
import { FIT_VIEW_OPTIONS, useViewportControls } from './viewport';
import './canvas.css';
import './edges.css';

const nodeTypes: NodeTypes = { pipeline: PipelineNode };
const edgeTypes: EdgeTypes = { pipeline: PipelineEdge };
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];

/** Fits the view whenever another document is loaded (new or opened). */
function useFitOnLoad() {
  const session = useDocument((s) => s.session);
  const { fitView } = useReactFlow();
  useEffect(() => {
    if (session === 0) return;
    const frame = requestAnimationFrame(() => void fitView(FIT_VIEW_OPTIONS));
    return () => cancelAnimationFrame(frame);
  }, [session, fitView]);
}

/** The React Flow canvas: nodes of every kind, edges drawn by kind (with a legend), drop target for the palette. */
export function Canvas() {
  const handlers = useCanvasHandlers();
  const { nodes, edges } = useFlowElements(handlers.dragging);
  const { onDragOver, onDrop } = useDropKind();
  const empty = useDocument((s) => s.pipeline.nodes.length === 0);
  const connecting = useConnectDrag() !== undefined;
  useFitOnLoad();
  useFocusRequests();
  useViewportControls();
  const menus = useContextMenus();
  const colorMode = useThemeChoice();

  return (
    <div className={`canvas${connecting ? ' is-connecting' : ''}`} data-testid="canvas" onDragOver={onDragOver} onDrop={onDrop}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={handlers.onNodesChange}
        onEdgesChange={handlers.onEdgesChange}
        onNodeDragStop={handlers.onNodeDragStop}
        onConnect={handlers.onConnect}
        onConnectStart={handlers.onConnectStart}
        onConnectEnd={handlers.onConnectEnd}
        onNodeMouseEnter={handlers.onNodeMouseEnter}
        onNodeMouseLeave={handlers.onNodeMouseLeave}
        onPaneContextMenu={menus.onPaneContextMenu}
        onNodeContextMenu={menus.onNodeContextMenu}
        onSelectionContextMenu={menus.onSelectionContextMenu}
        onEdgeContextMenu={menus.onEdgeContextMenu}
        isValidConnection={handlers.isValidConnection}
        deleteKeyCode={null}
        // Shift+drag on empty canvas draws a selection box; Shift/Ctrl/Cmd+click adds or removes one element.
        selectionKeyCode="Shift"
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        colorMode={colorMode}
        fitViewOptions={FIT_VIEW_OPTIONS}
        minZoom={0.1}
        maxZoom={2.5}
        onlyRenderVisibleElements
        proOptions={{ hideAttribution: true }}
        aria-label="Pipeline canvas"
      >
        <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} />
        <Controls showInteractive={false} position="bottom-left" />
        <EdgeLegend />
      </ReactFlow>
      {empty && (
        <div className="canvas__hint">
          <div>
            <strong>Start your pipeline</strong>
            Drag a service from the palette onto the canvas, then connect outputs (right) to inputs (left).
          </div>
        </div>
      )}
      <ConnectHint />
      <CanvasToast />
    </div>
  );
}
