/** The pipeline sizes the canvas benchmark opens, and their file names. */
export const CANVAS_SIZES = [1_000, 2_000] as const;
export const graphFile = (nodes: number) => `generated-${nodes}.pipewright`;
