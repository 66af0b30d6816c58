/**
 * What the canvas benchmark's in-page probe offers (`window[PROBE_GLOBAL]`), the same on the app
 * and on the bare React Flow page: every figure is timed inside the page with performance.now and
 * requestAnimationFrame, so the browser's automation round trips are not counted.
 */
export interface CanvasProbe {
  /** Starts watching for a load: the clock starts at the next click on `trigger` (a CSS selector). */
  armLoad(options: { trigger: string; nodeId: string }): void;
  /**
   * Milliseconds from that click until node `nodeId` is drawn (visible), the view has been fitted
   * to the pipeline (zoomed out) and one more frame has been produced: the canvas answers input.
   */
  loaded(): Promise<number>;
  /** Milliseconds for 10 frames of gestures on empty canvas: 5 wheel zoom steps, then a 5-step pan drag (up and left). */
  panZoom(): Promise<number>;
  /** Milliseconds for a drag of node `nodeId`: press, 20 moves (one a frame), release, one more frame. */
  drag(nodeId: string): Promise<number>;
  /** Resolves after `count` animation frames: what was rendered has been painted. */
  frames(count: number): Promise<void>;
}

export const PROBE_GLOBAL = 'pipewrightCanvasProbe';
