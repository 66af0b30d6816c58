import type { ReactFlowState } from '@xyflow/react';
import { createContext, useContext } from 'react';

/**
 * Below this zoom text is unreadable and dashes blur into a line: nodes draw only their icon and
 * edges are drawn solid (kinds still differ by colour). A dashed curve across a zoomed-out canvas
 * is thousands of dashes to paint on every frame of a pan or zoom.
 */
export const COMPACT_BELOW_ZOOM = 0.45;

/** React Flow store selector: whether the view is zoomed out that far. Read once, by the canvas. */
export const isZoomedOut = (s: ReactFlowState) => s.transform[2] < COMPACT_BELOW_ZOOM;

/** The canvas's answer, handed to every node (one store subscription instead of one per node). */
export const ZoomedOutContext = createContext(false);
export const useZoomedOut = () => useContext(ZoomedOutContext);
