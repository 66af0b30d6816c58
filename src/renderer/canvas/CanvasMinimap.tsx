import { Panel, useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import { useEffect, useMemo, useRef, type PointerEvent } from 'react';
import { useDocument } from '../state/document';
import { useSelection } from '../state/selection';
import { drawMinimap, nodesBounds, projection, toCanvas, viewRect } from './minimap-drawing';
import './minimap.css';

const WIDTH = 180;
const HEIGHT = 116;

const selectTransform = (s: ReactFlowState) => s.transform;
const selectWidth = (s: ReactFlowState) => s.width;
const selectHeight = (s: ReactFlowState) => s.height;

function colours(el: HTMLElement) {
  const style = getComputedStyle(el);
  const read = (name: string) => style.getPropertyValue(name).trim();
  return { node: read('--minimap-node'), selected: read('--minimap-selected'), mask: read('--minimap-mask'), view: read('--minimap-view') };
}

/**
 * An overview of the whole pipeline, drawn on one <canvas> from the document's node positions
 * rather than as an SVG element per node (React Flow's MiniMap), so it costs next to nothing on
 * large pipelines. It redraws at most once per animation frame, when the document, the selection
 * or the view changes. Click or drag in it to move the view there.
 */
export function CanvasMinimap() {
  const nodes = useDocument((s) => s.pipeline.nodes);
  const selection = useSelection();
  const transform = useStore(selectTransform);
  const paneWidth = useStore(selectWidth);
  const paneHeight = useStore(selectHeight);
  const { setCenter, getZoom } = useReactFlow();
  const canvasRef = useRef<HTMLCanvasElement>(null);

  const bounds = useMemo(() => nodesBounds(nodes.map((n) => n.position)), [nodes]);
  const items = useMemo(() => {
    const selected = new Set(selection.nodeIds);
    return nodes.map((n) => ({ position: n.position, selected: selected.has(n.id) }));
  }, [nodes, selection.nodeIds]);
  const view = viewRect(transform, paneWidth, paneHeight);
  const mapping = projection(view, bounds, WIDTH, HEIGHT);

  // The latest inputs, read by the one pending frame: changes within a frame are drawn once.
  const latest = useRef({ items, view, mapping });
  const pending = useRef(0);
  useEffect(() => {
    latest.current = { items, view, mapping };
    if (pending.current) return;
    pending.current = requestAnimationFrame(() => {
      pending.current = 0;
      const canvas = canvasRef.current;
      const ctx = canvas?.getContext('2d');
      if (!canvas || !ctx) return;
      const dpr = window.devicePixelRatio || 1;
      if (canvas.width !== WIDTH * dpr) [canvas.width, canvas.height] = [WIDTH * dpr, HEIGHT * dpr];
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      const { items: drawn, view: shown, mapping: at } = latest.current;
      drawMinimap(ctx, { width: WIDTH, height: HEIGHT }, at, drawn, shown, colours(canvas));
      canvas.dataset.nodes = String(drawn.length);
    });
  });
  useEffect(() => () => cancelAnimationFrame(pending.current), []);

  const moveViewTo = (event: PointerEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const at = toCanvas(mapping, event.clientX - box.left, event.clientY - box.top);
    void setCenter(at.x, at.y, { zoom: getZoom() });
  };

  return (
    <Panel position="bottom-right" className="minimap" aria-label="Overview">
      <canvas
        ref={canvasRef}
        data-testid="minimap"
        style={{ width: WIDTH, height: HEIGHT }}
        title="Overview: click or drag to move the view"
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          moveViewTo(e);
        }}
        onPointerMove={(e) => {
          if (e.currentTarget.hasPointerCapture(e.pointerId)) moveViewTo(e);
        }}
      />
    </Panel>
  );
}
