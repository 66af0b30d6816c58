import { Background, BackgroundVariant, useStore, type ReactFlowState } from '@xyflow/react';
import { GRID_SIZE } from '../state/view-settings';

/** Dots are drawn DOT px wide at 100 %, one per grid step. */
const DOT = 1.2;
/** Zoomed out, grid marks closer than this on screen merge into a haze, and such a fine pattern costs more to paint than the pipeline itself. */
const MIN_SCREEN_GAP = 12;

/** 1, 2, 4…: how many grid steps apart the marks are drawn at this zoom (whole steps, so they stay on the grid). */
const stride = (s: ReactFlowState) => {
  let steps = 1;
  while (GRID_SIZE * steps * s.transform[2] < MIN_SCREEN_GAP) steps *= 2;
  return steps;
};

/**
 * The canvas background, thinned out as the view zooms out (re-rendered only when the stride
 * changes): dots, or, with snapping on, the lines of the grid the nodes snap to.
 */
export function CanvasBackground({ snapping }: { snapping: boolean }) {
  const steps = useStore(stride);
  if (snapping) return <Background variant={BackgroundVariant.Lines} gap={GRID_SIZE * steps} size={1} className="is-snapping" />;
  return <Background variant={BackgroundVariant.Dots} gap={GRID_SIZE * steps} size={DOT * steps} />;
}
