import { useReactFlow, type ReactFlowInstance } from '@xyflow/react';
import { useEffect } from 'react';

/**
 * The canvas's view, for commands that run outside React (fit view, zoom in and out). The canvas
 * registers its React Flow instance while it is mounted; before that these do nothing.
 */
type ViewportControls = Pick<ReactFlowInstance, 'fitView' | 'zoomIn' | 'zoomOut'>;
let controls: ViewportControls | undefined;

/** How "fit view" frames the pipeline: some room around it, never magnified past 125 %. */
export const FIT_VIEW_OPTIONS = { padding: 0.25, maxZoom: 1.25 } as const;
const ANIMATION = { duration: 200 };

export const fitWholePipeline = () => void controls?.fitView({ ...FIT_VIEW_OPTIONS, ...ANIMATION });
export const zoomIn = () => void controls?.zoomIn(ANIMATION);
export const zoomOut = () => void controls?.zoomOut(ANIMATION);

/** Called once inside the canvas's ReactFlowProvider. */
export function useViewportControls(): void {
  const { fitView, zoomIn: inward, zoomOut: outward } = useReactFlow();
  useEffect(() => {
    controls = { fitView, zoomIn: inward, zoomOut: outward };
    return () => void (controls = undefined);
  }, [fitView, inward, outward]);
}
