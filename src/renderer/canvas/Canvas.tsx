import { Background, BackgroundVariant, ControlButton, Controls, ReactFlow, useReactFlow, type EdgeTypes, type NodeTypes } from '@xyflow/react';
import { useEffect } from 'react';
import { useDocument } from '../state/document';
import { GRID_SIZE, toggleViewSetting, useViewSettings, type ViewSettings } from '../state/view-settings';
import { Icon } from '../ui/icons';
import { CanvasMinimap } from './CanvasMinimap';
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
import { NodeSearch } from './NodeSearch';
import { SelectionLayoutBar } from './SelectionLayoutBar';
import { FIT_VIEW_OPTIONS, useViewportControls } from './viewport';
import './canvas.css';
import './edges.css';

const nodeTypes: NodeTypes = { pipeline: PipelineNode };
const edgeTypes: EdgeTypes = { pipeline: PipelineEdge };
const fitViewOptions = FIT_VIEW_OPTIONS;
const snapGrid: [number, number] = [GRID_SIZE, GRID_SIZE];

/** Fits the view whenever another document is loaded (new or opened). */
function useFitOnLoad() {
  const session = useDocument((s) => s.session);
  const { fitView } = useReactFlow();
  useEffect(() => {
    if (session === 0) return;
    const frame = requestAnimationFrame(() => void fitView(fitViewOptions));
    return () => cancelAnimationFrame(frame);
  }, [session, fitView]);
}

/** A canvas control that turns a view setting on or off (same as the `toggle-*` commands). */
function ViewToggle({ setting, on, label, icon }: { setting: keyof ViewSettings; on: boolean; label: string; icon: string }) {
  return (
    <ControlButton onClick={() => toggleViewSetting(setting)} title={`${label}: ${on ? 'on' : 'off'}`} aria-label={label} aria-pressed={on} className={on ? 'view-toggle is-on' : 'view-toggle'} data-testid={`view-${icon}`}>
      <Icon name={icon} />
    </ControlButton>
  );
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
  const view = useViewSettings();

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
        isValidConnection={handlers.isValidConnection}
        snapToGrid={view.snapToGrid}
        snapGrid={snapGrid}
        deleteKeyCode={null}
        colorMode="system"
        fitViewOptions={fitViewOptions}
        minZoom={0.1}
        maxZoom={2.5}
        onlyRenderVisibleElements
        proOptions={{ hideAttribution: true }}
        aria-label="Pipeline canvas"
      >
        {/* With snapping on, the grid the nodes snap to is drawn as lines. */}
        <Background variant={view.snapToGrid ? BackgroundVariant.Lines : BackgroundVariant.Dots} gap={GRID_SIZE} size={1.2} className={view.snapToGrid ? 'is-snapping' : undefined} />
        <Controls showInteractive={false} position="bottom-left">
          <ViewToggle setting="snapToGrid" on={view.snapToGrid} label="Snap to grid" icon="toggle-snap" />
          <ViewToggle setting="minimap" on={view.minimap} label="Overview" icon="toggle-minimap" />
        </Controls>
        <EdgeLegend />
        <SelectionLayoutBar />
        {view.minimap && <CanvasMinimap />}
      </ReactFlow>
      {empty && (
        <div className="canvas__hint">
          <div>
            <strong>Start your pipeline</strong>
            Drag a service from the palette onto the canvas, then connect outputs (right) to inputs (left).
          </div>
        </div>
      )}
      <NodeSearch />
      <ConnectHint />
      <CanvasToast />
    </div>
  );
}
