import { useReactFlow, type ReactFlowInstance } from '@xyflow/react';
import { useEffect } from 'react';
import { fitViewOptions } from './fit-on-load';


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
  fit: () => void controls?.fitView({ ...fitViewOptions(), duration: 200 }),
  zoomIn: () => void controls?.zoomIn({ duration: 150 }),
  zoomOut: () => void controls?.zoomOut({ duration: 150 }),
};
