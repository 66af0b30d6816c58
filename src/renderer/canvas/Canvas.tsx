import { ControlButton, Controls, ReactFlow, useStore, type EdgeTypes, type NodeTypes } from '@xyflow/react';
import { useMemo } from 'react';
import { useDocument } from '../state/document';
import { GRID_SIZE, toggleViewSetting, useViewSettings, type ViewSettings } from '../state/view-settings';
import { useThemeChoice } from '../theme/theme';
import { Icon } from '../ui/icons';
import { CanvasBackground } from './CanvasBackground';
import { CanvasMinimap } from './CanvasMinimap';
import { CanvasToast } from './CanvasToast';
import { ConnectHint } from './ConnectHint';
import { useConnectDrag } from './connect-drag';
import { EdgeLegend } from './EdgeLegend';
import { fitViewOptions, useFitOnLoad } from './fit-on-load';
import { PipelineEdge } from './PipelineEdge';
import { PipelineNode } from './PipelineNode';
import { useCanvasHandlers } from './useCanvasHandlers';
import { useDropKind } from './useDropKind';
import { useFlowElements } from './useFlowElements';
import { useFocusRequests } from './focus';
import { NodeSearch } from './NodeSearch';
import { SelectionLayoutBar } from './SelectionLayoutBar';
import { useContextMenus } from './useContextMenus';
import { useViewportControls } from './viewport';
import { isZoomedOut, useZoomedOut, ZoomedOutContext } from './zoomed-out';
import './canvas.css';
import './edges.css';

const nodeTypes: NodeTypes = { pipeline: PipelineNode };
const edgeTypes: EdgeTypes = { pipeline: PipelineEdge };
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const snapGrid: [number, number] = [GRID_SIZE, GRID_SIZE];

/** A canvas control that turns a view setting on or off (same as the `toggle-*` commands). */
function ViewToggle({ setting, on, label, icon }: { setting: keyof ViewSettings; on: boolean; label: string; icon: string }) {
  return (
    <ControlButton onClick={() => toggleViewSetting(setting)} title={`${label}: ${on ? 'on' : 'off'}`} aria-label={label} aria-pressed={on} className={on ? 'view-toggle is-on' : 'view-toggle'} data-testid={`view-${icon}`}>
      <Icon name={icon} />
    </ControlButton>
  );
}

/** The React Flow canvas: nodes of every kind, edges drawn by kind (with a legend), drop target for the palette. */
function CanvasView() {
  const handlers = useCanvasHandlers();
  const { nodes, edges } = useFlowElements(handlers.dragging);
  const { onDragOver, onDrop } = useDropKind();
  const empty = useDocument((s) => s.pipeline.nodes.length === 0);
  const connecting = useConnectDrag() !== undefined;
  const zoomedOut = useZoomedOut();
  useFitOnLoad();
  useFocusRequests();
  useViewportControls();
  const menus = useContextMenus();
  const colorMode = useThemeChoice();
  const view = useViewSettings();
  // The overview changes the room a fit leaves.
  const fitOptions = useMemo(() => fitViewOptions(view.minimap), [view.minimap]);

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
        snapToGrid={view.snapToGrid}
        snapGrid={snapGrid}
        deleteKeyCode={null}
        // Shift+drag on empty canvas draws a selection box; Shift/Ctrl/Cmd+click adds or removes one element.
        selectionKeyCode="Shift"
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        colorMode={colorMode}
        fitViewOptions={fitOptions}
        minZoom={0.1}
        maxZoom={2.5}
        onlyRenderVisibleElements
        proOptions={{ hideAttribution: true }}
        aria-label="Pipeline canvas"
        className={zoomedOut ? 'is-zoomed-out' : undefined}
      >
        <CanvasBackground snapping={view.snapToGrid} />
        <Controls showInteractive={false} position="bottom-left" fitViewOptions={fitOptions}>
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

/** The canvas, with whether it is zoomed out read once here for every node (see zoomed-out.ts). */
export function Canvas() {
  const zoomedOut = useStore(isZoomedOut);
  return (
    <ZoomedOutContext value={zoomedOut}>
      <CanvasView />
    </ZoomedOutContext>
  );
}
