import { Background, BackgroundVariant, useStore, type ReactFlowState } from '@xyflow/react';

/** The dot grid: a dot every GAP px of the pipeline, drawn DOT px wide at 100 %. */
const GAP = 20;
const DOT = 1.2;
/** Zoomed out, dots closer than this on screen merge into a haze, and such a fine pattern costs more to paint than the pipeline itself. */
const MIN_SCREEN_GAP = 12;

/** 1, 2, 4…: how many grid steps apart the dots are drawn at this zoom (whole steps, so dots stay on the grid). */
const stride = (s: ReactFlowState) => {
  let steps = 1;
  while (GAP * steps * s.transform[2] < MIN_SCREEN_GAP) steps *= 2;
  return steps;
};

/** The canvas background: the dot grid, thinned out as the view zooms out (re-rendered only when the stride changes). */
export function CanvasBackground() {
  const steps = useStore(stride);
  return <Background variant={BackgroundVariant.Dots} gap={GAP * steps} size={DOT * steps} />;
}
