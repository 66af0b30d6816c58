import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../e2e/harness/browser';
import { startWebHost } from '../e2e/harness/web-host';
import { AppPage } from '../e2e/pages/app-page';
import { PROBE_GLOBAL, type CanvasProbe } from './canvas/probe-api';
import { CANVAS_SIZES, graphFile } from './canvas/sizes';
import { serveFolders } from './canvas/static-server';
import { median } from './report';

/**
 * `npm run bench` (canvas part): the production app on the web host and bare React Flow 12, in the
 * same headless Chromium, open the same generated pipelines. For each: load to interactive, 10
 * frames of pan/zoom and a 20-step node drag, timed inside the page (canvas/probe). Runs alternate
 * app and bare so that load on the machine hits both alike; the medians are compared.
 * Expects what scripts/bench.mjs builds first: the app (out/main, out/renderer), the bare page
 * (out/bench/canvas-bare), the probe (out/bench/canvas-probe.js) and the graphs (out/bench/graphs).
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUT = join(ROOT, 'out', 'bench');
const GRAPHS = join(OUT, 'graphs');
const RUNS = Number(process.env.BENCH_CANVAS_RUNS ?? 3);
/** At most this many times bare React Flow at 1,000 nodes; under this load time at 2,000. */
const RATIO_TARGET = 1.3;
const LOAD_TARGET_MS = 1_000;

type Measure = 'load' | 'panZoom' | 'drag';
const MEASURES: Record<Measure, string> = { load: 'load to interactive', panZoom: 'pan/zoom, 10 frames', drag: 'drag, 20 moves' };
type Figures = Record<Measure, number>;

/** How many edges the pipeline has, and its node nearest the middle: in view once it is fitted, in both pages. */
function readGraph(file: string): { edges: number; middle: string } {
  const { nodes, edges } = JSON.parse(readFileSync(file, 'utf8')) as { nodes: { id: string; position: { x: number; y: number } }[]; edges: unknown[] };
  const xs = nodes.map((n) => n.position.x);
  const ys = nodes.map((n) => n.position.y);
  const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
  const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
  const distance = (n: (typeof nodes)[number]) => Math.hypot(n.position.x - cx, n.position.y - cy);
  return { edges: edges.length, middle: nodes.reduce((best, n) => (distance(n) < distance(best) ? n : best)).id };
}

/** Calls the in-page probe (canvas/probe) and returns what it answers. */
function probe<K extends keyof CanvasProbe>(page: Page, method: K, ...args: Parameters<CanvasProbe[K]>): Promise<Awaited<ReturnType<CanvasProbe[K]>>> {
  return page.evaluate(
    ([name, m, a]) => {
      const target = (globalThis as unknown as Record<string, Record<string, (...x: unknown[]) => unknown>>)[name]!;
      return target[m]!(...a);
    },
    [PROBE_GLOBAL, method, args] as const,
  ) as Promise<Awaited<ReturnType<CanvasProbe[K]>>>;
}

async function newProbedPage(browser: BrowserContext): Promise<Page> {
  const page = await browser.newPage();
  await page.addInitScript({ path: join(OUT, 'canvas-probe.js') });
  return page;
}

/** Gestures on the page itself; with the app, the validation of each change is let finish between them. */
async function gestures(page: Page, nodeId: string, settle: () => Promise<void>): Promise<Omit<Figures, 'load'>> {
  await settle();
  const panZoom = await probe(page, 'panZoom');
  await settle();
  const drag = await probe(page, 'drag', nodeId);
  return { panZoom, drag };
}

async function measureApp(browser: BrowserContext, url: string, file: string, nodeId: string): Promise<Figures & { canvas: { width: number; height: number } }> {
  const page = await newProbedPage(browser);
  try {
    const app = new AppPage(page);
    await app.open(url);
    const canvas = (await app.canvas.root.boundingBox())!;
    await probe(page, 'armLoad', { trigger: '[data-testid="path-ok"]', nodeId });
    // The user's path on the web host: Open…, type the file's path, Open.
    await app.run('open');
    await app.dialogs.pathInput.fill(file);
    await app.dialogs.pathOk.click();
    const load = await probe(page, 'loaded');
    const settle = async () => {
      await page.locator('[data-testid="validation-status"][data-status="idle"]').waitFor();
      await probe(page, 'frames', 2);
    };
    return { load, ...(await gestures(page, nodeId, settle)), canvas: { width: Math.round(canvas.width), height: Math.round(canvas.height) } };
  } finally {
    await page.close();
  }
}

async function measureBare(browser: BrowserContext, origin: string, file: string, nodeId: string, canvas: { width: number; height: number }): Promise<Figures> {
  const page = await newProbedPage(browser);
  try {
    await page.goto(`${origin}/?graph=/graph/${encodeURIComponent(file)}&w=${canvas.width}&h=${canvas.height}`);
    await page.locator('#load').waitFor();
    await probe(page, 'armLoad', { trigger: '#load', nodeId });
    await page.locator('#load').click();
    const load = await probe(page, 'loaded');
    const settle = () => probe(page, 'frames', 2);
    return { load, ...(await gestures(page, nodeId, settle)) };
  } finally {
    await page.close();
  }
}

const fmt = (ms: number) => ms.toFixed(0).padStart(7);

/** Prints one size's table; returns whether its targets were met. */
function printSize(nodes: number, edges: number, app: Figures[], bare: Figures[]): boolean {
  let met = true;
  console.log(`canvas: ${nodes} nodes / ${edges} edges, median of ${app.length} runs, ms      app     bare  app/bare  target`);
  for (const measure of Object.keys(MEASURES) as Measure[]) {
    const a = median(app.map((f) => f[measure]));
    const b = median(bare.map((f) => f[measure]));
    let target = '';
    if (nodes === 1_000) {
      const ok = a <= b * RATIO_TARGET;
      met &&= ok;
      target = `≤ ${RATIO_TARGET}× bare: ${ok ? 'met' : 'MISSED'}`;
    } else if (measure === 'load') {
      const ok = a < LOAD_TARGET_MS;
      met &&= ok;
      target = `< ${LOAD_TARGET_MS} ms: ${ok ? 'met' : 'MISSED'}`;
    }
    const runs = (figures: Figures[]) => figures.map((f) => f[measure].toFixed(0)).join(' ');
    console.log(`  ${MEASURES[measure].padEnd(42)} ${fmt(a)}  ${fmt(b)}  ${(a / b).toFixed(2).padStart(6)}×   ${target.padEnd(22)} runs: app ${runs(app)}, bare ${runs(bare)}`);
  }
  return met;
}

async function main(): Promise<boolean> {
  const { v8 } = JSON.parse(readFileSync(join(ROOT, 'src/main/app/main-process-flags.json'), 'utf8')) as { v8: string[] };
  const host = await startWebHost({ nodeFlags: v8 });
  const server = await serveFolders({ '/': join(OUT, 'canvas-bare'), '/graph/': GRAPHS });
  const browser = await launchChromium();
  try {
    let met = true;
    for (const nodes of CANVAS_SIZES) {
      const file = join(GRAPHS, graphFile(nodes));
      const { edges, middle: nodeId } = readGraph(file);
      const app: Figures[] = [];
      const bare: Figures[] = [];
      for (let run = 0; run < RUNS; run++) {
        const { canvas, ...figures } = await measureApp(browser, host.url, file, nodeId);
        app.push(figures);
        bare.push(await measureBare(browser, server.origin, graphFile(nodes), nodeId, canvas));
      }
      met = printSize(nodes, edges, app, bare) && met;
    }
    return met;
  } finally {
    await browser.close();
    await server.close();
    await host.stop();
  }
}

main().then(
  (met) => {
    if (!met) process.exitCode = 1;
  },
  (error: Error) => {
    console.error(`canvas benchmark failed: ${error.stack ?? error.message}`);
    process.exitCode = 2;
  },
);
