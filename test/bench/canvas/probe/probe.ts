import { PROBE_GLOBAL, type CanvasProbe } from '../probe-api';

// Runs inside the benchmarked page (injected before its scripts). Gestures are dispatched as the
// mouse events React Flow listens to (d3-zoom and d3-drag), one per animation frame.

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
const LOAD_TIMEOUT_MS = 60_000;

function mouse(type: string, target: EventTarget, x: number, y: number): void {
  target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, view: window, clientX: x, clientY: y, button: 0, buttons: type === 'mouseup' ? 0 : 1 }));
}

function pane(): HTMLElement {
  const element = document.querySelector<HTMLElement>('.react-flow__pane');
  if (!element) throw new Error('no React Flow pane on the page');
  return element;
}

function nodeElement(nodeId: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(nodeId)}"]`);
}

/**
 * The drawn node nearest the pane's centre: what the drag takes. After the pan/zoom the named node
 * may lie out of view (each page frames the pipeline with its own margins, the app leaving room
 * for its overview), and a drag is the same work whichever node it moves.
 */
function nodeNearCentre(): HTMLElement | null {
  const box = pane().getBoundingClientRect();
  const [cx, cy] = [box.left + box.width / 2, box.top + box.height / 2];
  let best: HTMLElement | null = null;
  let bestDistance = Infinity;
  for (const node of document.querySelectorAll<HTMLElement>('.react-flow__node')) {
    const r = node.getBoundingClientRect();
    const distance = Math.hypot(r.left + r.width / 2 - cx, r.top + r.height / 2 - cy);
    if (isDrawn(node) && distance < bestDistance) [best, bestDistance] = [node, distance];
  }
  return best;
}

/** The viewport's zoom, from its CSS transform; 1 before React Flow has fitted anything. */
function zoom(): number {
  const transform = document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '';
  const match = /scale\(([\d.]+)\)/.exec(transform);
  return match ? Number(match[1]) : 1;
}

const isDrawn = (element: HTMLElement | null) => element !== null && getComputedStyle(element).visibility !== 'hidden';

let pending: Promise<number> | undefined;

const probe: CanvasProbe = {
  armLoad({ trigger, nodeId }) {
    pending = new Promise<number>((resolve, reject) => {
      const onClick = (event: MouseEvent) => {
        const target = event.target as Element | null;
        if (!target?.closest(trigger)) return;
        document.removeEventListener('click', onClick, true);
        const started = performance.now();
        const poll = async () => {
          while (!(isDrawn(nodeElement(nodeId)) && zoom() < 0.99)) {
            if (performance.now() - started > LOAD_TIMEOUT_MS) throw new Error(`node ${nodeId} not drawn within ${LOAD_TIMEOUT_MS} ms`);
            await nextFrame();
          }
          return (await nextFrame()) - started;
        };
        poll().then(resolve, reject);
      };
      document.addEventListener('click', onClick, true);
    });
  },

  loaded() {
    if (!pending) return Promise.reject(new Error('armLoad was not called'));
    return pending;
  },

  async panZoom() {
    const target = pane();
    const box = target.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    await nextFrame();
    const started = performance.now();
    for (let i = 0; i < 5; i++) {
      target.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, view: window, clientX: x, clientY: y, deltaY: -100 }));
      await nextFrame();
    }
    mouse('mousedown', target, x, y);
    for (let i = 1; i <= 5; i++) {
      mouse('mousemove', window, x - i * 40, y - i * 25);
      await nextFrame();
    }
    mouse('mouseup', window, x - 200, y - 125);
    return (await nextFrame()) - started;
  },

  async drag(nodeId) {
    const node = nodeElement(nodeId) ?? nodeNearCentre();
    if (!node) throw new Error(`neither node ${nodeId} nor any other is on the canvas`);
    const box = node.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    const pressed = document.elementFromPoint(x, y) ?? node;
    await nextFrame();
    const started = performance.now();
    mouse('mousedown', pressed, x, y);
    for (let i = 1; i <= 20; i++) {
      mouse('mousemove', window, x + i * 6, y + i * 3);
      await nextFrame();
    }
    mouse('mouseup', window, x + 120, y + 60);
    return (await nextFrame()) - started;
  },

  async frames(count) {
    for (let i = 0; i < count; i++) await nextFrame();
  },
};

(window as unknown as Record<string, CanvasProbe>)[PROBE_GLOBAL] = probe;
