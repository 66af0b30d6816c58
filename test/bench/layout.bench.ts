import { autoLayout } from '../../src/main/layout/auto-layout';
import { LayoutWorker } from '../../src/main/layout/layout-worker-client';
import { generatePipeline } from '../fixtures/generate';
import { median, report } from './report';

/** The target for a 1,000-node pipeline on this machine, a new worker's first layout included. */
const TARGET_MS = 5_000;
const RUNS = 3;

interface Timing {
  ms: number;
  /** CPU time of the whole process meanwhile (main waits, the worker computes): on a busy machine, what the layout would take on a quiet one. */
  cpuMs: number;
}

async function timed(nodes: number, worker: LayoutWorker): Promise<Timing> {
  const pipeline = generatePipeline(nodes, nodes * 1.5, 11);
  const cpu = process.cpuUsage();
  const started = performance.now();
  const positions = await autoLayout(pipeline, worker.layout);
  const ms = performance.now() - started;
  const { user, system } = process.cpuUsage(cpu);
  if (positions.size !== nodes) throw new Error(`auto-layout placed ${positions.size} of ${nodes} nodes`);
  return { ms, cpuMs: (user + system) / 1_000 };
}

function line(label: string, runs: readonly Timing[], target?: number): boolean {
  const cpu = median(runs.map((r) => r.cpuMs));
  return report(`auto-layout: ${label} (CPU ${cpu.toFixed(0)} ms; ${runs.length} runs ${runs.map((r) => r.ms.toFixed(0)).join(', ')} ms)`, median(runs.map((r) => r.ms)), { target });
}

/**
 * Auto-layout time on generated pipelines (1.5 edges per node, random cross-links) through a layout
 * worker, as the app runs it: a new worker's first 1,000-node layout (ELK not yet compiled by the
 * JIT: the first Auto-layout of a session), later layouts in the same worker, and 200 and 500
 * nodes for the growth.
 */
export async function benchLayout(): Promise<boolean> {
  const firsts: Timing[] = [];
  for (let i = 0; i < RUNS; i++) {
    const worker = new LayoutWorker();
    firsts.push(await timed(1_000, worker));
    await worker.close();
  }
  const worker = new LayoutWorker();
  await timed(1_000, worker);
  const runs = async (nodes: number) => {
    const timings: Timing[] = [];
    for (let i = 0; i < RUNS; i++) timings.push(await timed(nodes, worker));
    return timings;
  };
  const [later, at200, at500] = [await runs(1_000), await runs(200), await runs(500)];
  await worker.close();
  line('200 nodes / 300 edges, warm worker', at200);
  line('500 nodes / 750 edges, warm worker', at500);
  line('1,000 nodes / 1,500 edges, warm worker', later);
  return line('1,000 nodes / 1,500 edges, first layout in a new worker', firsts, TARGET_MS);
}
