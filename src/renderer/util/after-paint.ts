/**
 * Resolves once the browser has produced its next frame: work started after it (serializing a
 * large pipeline for validation, say) does not hold up what is being drawn, e.g. a pipeline just opened.
 */
export const afterPaint = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
