/**
 * Every node is drawn this size, on the canvas and in diagrams, so layouts can be computed
 * anywhere (main's auto-layout, the renderer's align and distribute) without measuring.
 */
export const NODE_WIDTH = 200;
export const NODE_HEIGHT = 72;
