import { getViewportForBounds, useStoreApi, type FitViewOptions } from '@xyflow/react';
import { useEffect } from 'react';
import type { PipelineNode } from '../../shared/model/pipeline';
import { documentStore } from '../state/document';
import { viewSettingsStore } from '../state/view-settings';
import { NODE_HEIGHT, NODE_WIDTH } from './geometry';

/** How a loaded pipeline is framed: with room around it, not magnified past 125 %. */
export const FIT_PADDING = 0.25;
export const FIT_MAX_ZOOM = 1.25;
/** The overview's width and margins at the bottom right: a fitted view keeps nodes out from under it. */
const OVERVIEW_ROOM = '220px';

/** Room around a fitted pipeline, on the right as wide as the overview when it is shown. */
export function fitPadding(overview = viewSettingsStore.get().minimap): NonNullable<FitViewOptions['padding']> {
  return overview ? { top: FIT_PADDING, bottom: FIT_PADDING, left: FIT_PADDING, right: OVERVIEW_ROOM } : FIT_PADDING;
}

/** How "fit view" frames the pipeline (the load above, the fit command and the canvas's fit button). */
export const fitViewOptions = (overview?: boolean): FitViewOptions => ({ padding: fitPadding(overview), maxZoom: FIT_MAX_ZOOM });

/** The rectangle the nodes cover (every node has the same size, known up front). */
export function boundsOf(nodes: readonly PipelineNode[]): { x: number; y: number; width: number; height: number } {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const { position } of nodes) {
    minX = Math.min(minX, position.x);
    minY = Math.min(minY, position.y);
    maxX = Math.max(maxX, position.x + NODE_WIDTH);
    maxY = Math.max(maxY, position.y + NODE_HEIGHT);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/**
 * Fits the view whenever another document is loaded (new, opened, template), in the same update
 * as the load: the first frame of a large pipeline is already framed, and only the nodes in view
 * are ever drawn (React Flow's own fitView would first draw the old view, then copy every node again).
 */
export function useFitOnLoad(): void {
  const flow = useStoreApi();
  useEffect(() => {
    let session = documentStore.getState().session;
    return documentStore.subscribe(() => {
      const state = documentStore.getState();
      if (state.session === session) return;
      session = state.session;
      const { panZoom, width, height, minZoom, maxZoom } = flow.getState();
      if (!panZoom || !width || !height || state.pipeline.nodes.length === 0) return;
      void panZoom.setViewport(getViewportForBounds(boundsOf(state.pipeline.nodes), width, height, minZoom, Math.min(maxZoom, FIT_MAX_ZOOM), fitPadding()));
    });
  }, [flow]);
}
