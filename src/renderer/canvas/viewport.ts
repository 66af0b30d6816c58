import { useReactFlow, type ReactFlowInstance } from '@xyflow/react';
import { useEffect } from 'react';
import { FIT_MAX_ZOOM, FIT_PADDING } from './fit-on-load';

/** How "fit view" frames the pipeline: some room around it, never magnified past 125 %. */
export const FIT_VIEW_OPTIONS = { padding: FIT_PADDING, maxZoom: FIT_MAX_ZOOM } as const;

type Controls = Pick<ReactFlowInstance, 'fitView' | 'zoomIn' | 'zoomOut'>;
let controls: Controls | undefined;

/** Hands the canvas's viewport to the view commands (which run outside React). */
export function useViewportControls(): void {
  const flow = useReactFlow();
  useEffect(() => {
    controls = flow;
    return () => {
      if (controls === flow) controls = undefined;
    };
  }, [flow]);
}

/** Viewport changes: never part of the document, so never in undo history. */
export const viewport = {
  fit: () => void controls?.fitView({ ...FIT_VIEW_OPTIONS, duration: 200 }),
  zoomIn: () => void controls?.zoomIn({ duration: 150 }),
  zoomOut: () => void controls?.zoomOut({ duration: 150 }),
};
