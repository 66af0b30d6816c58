import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { defaultConfig, type KindId } from '../../src/shared/catalog/registry';
import { PIPELINE_VERSION, PipelineSchema, type Pipeline } from '../../src/shared/model/pipeline';
import { simulate } from '../../src/main/simulate/engine';
import { median, report } from './report';

/** Target for 100 nodes, 24 h at 1 s resolution (the figure for this machine). */
const TARGET_MS = 2_000;
/** Timed runs of the target case: the median is the figure, the spread shows how steady it is. */
const TARGET_RUNS = 5;
/**
 * A 24 h run may hold at most this many times a 6 h run's heap at half-way, plus HELD_SLACK_MIB
 * (a collection's noise on a heap of a few MiB). Series kept per step would hold tens of MiB more.
 */
const HELD_GROWTH_LIMIT = 1.5;
const HELD_SLACK_MIB = 1;
const HOUR = 3_600;

// A full collection half-way through a run measures what the simulator holds, not garbage not yet collected.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/**
 * A chain-heavy pipeline where data flows through every node: copies of
 * producer → Kinesis stream (2 shards) → Lambda → Firehose → S3 (5 nodes each), each producer
 * writing 200 records/s of 512 B with a diurnal profile, so the stream, Lambda polling, Firehose
 * buffering and S3 writes all run for the whole horizon.
 */
export function flowingPipeline(nodes: number, durationSeconds: number): Pipeline {
  const chain: { kind: KindId; config?: Record<string, unknown> }[] = [
    { kind: 'app-producer', config: { recordsPerSecond: 200, recordSizeBytes: 512, loadProfile: { shape: 'diurnal', peakToMean: 1.5 } } },
    { kind: 'kinesis-data-stream', config: { capacity: { mode: 'provisioned', shardCount: 2 } } },
    // Batches of 500 over 2 shards read 1,000 records/s: the consumer keeps up with the 300/s peak.
    { kind: 'lambda', config: { batchSize: 500 } },
    { kind: 'kinesis-firehose', config: { bufferSizeMiB: 5, bufferIntervalSeconds: 300 } },
    { kind: 's3-bucket' },
  ];
  const list = Array.from({ length: nodes }, (_, i) => ({ id: `n${i}`, ...chain[i % chain.length]!, position: { x: (i % chain.length) * 200, y: Math.floor(i / chain.length) * 120 } }));
  return PipelineSchema.parse({
    format: 'pipewright',
    version: PIPELINE_VERSION,
    name: `Bench ${nodes} nodes`,
    nodes: list.map((n) => ({ id: n.id, kind: n.kind, label: n.id, position: n.position, config: { ...defaultConfig(n.kind), ...n.config } })),
    edges: list.flatMap((n, i) => (i % chain.length === 0 ? [] : [{ id: `e${i}`, source: list[i - 1]!.id, target: n.id }])),
    simulation: { seed: 1, durationSeconds, resolutionSeconds: 1 },
  });
}

interface Run {
  ms: number;
  resultKiB: number;
  /** Heap the run holds half-way through (after a full collection), beyond what was live before it. */
  heldMiB: number;
}

function timed(nodes: number, hours: number): Run {
  const pipeline = flowingPipeline(nodes, hours * HOUR);
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  let held = 0;
  let collecting = 0;
  const started = performance.now();
  const result = simulate(pipeline, {
    onProgress: (fraction) => {
      if (held !== 0 || fraction < 0.5) return;
      const t = performance.now();
      collectGarbage();
      held = process.memoryUsage().heapUsed - before;
      collecting = performance.now() - t;
    },
  });
  const ms = performance.now() - started - collecting;
  if (result === 'stopped') throw new Error('stopped');
  return { ms, resultKiB: JSON.stringify(result).length / 1024, heldMiB: held / 2 ** 20 };
}

/** One line per series of runs: time, time per node·hour (flat when growth is linear), result size, heap held. */
function printGrowth(label: string, unit: string, rows: { key: number; nodeHours: number; run: Run }[]): void {
  const perNodeHour = (r: (typeof rows)[number]) => (1_000 * r.run.ms) / r.nodeHours;
  const first = rows[0]!;
  console.log(`simulate: ${label}:`);
  for (const r of rows) {
    console.log(
      `  ${String(r.key).padStart(3)} ${unit}: ${r.run.ms.toFixed(0).padStart(5)} ms (${(r.run.ms / first.run.ms).toFixed(2)}× for ${(r.nodeHours / first.nodeHours).toFixed(0)}× the work), ` +
        `${perNodeHour(r).toFixed(0)} µs per node·hour, result ${r.run.resultKiB.toFixed(0)} KiB, heap held at half-way ${r.run.heldMiB.toFixed(1)} MiB`,
    );
  }
}

/**
 * Simulation speed on a 100-node pipeline over 24 h at 1 s (median of TARGET_RUNS runs, with
 * their spread), and how the time grows with nodes (25, 50, 100 over 24 h) and horizon (6, 12,
 * 24 h with 100 nodes): linear in both, so the time per node·hour stays flat. Memory: the result
 * (series of at most 200 buckets) and the heap a run holds do not grow with the horizon.
 */
export function benchSimulation(): boolean {
  timed(25, 1); // warm-up: the JIT compiles the engine before the timed runs
  const byNodes = [25, 50, 100].map((n) => ({ key: n, nodeHours: n * 24, run: timed(n, 24) }));
  const byHours = [6, 12].map((h) => ({ key: h, nodeHours: 100 * h, run: timed(100, h) }));
  byHours.push({ key: 24, nodeHours: 2_400, run: byNodes.at(-1)!.run });
  printGrowth('growth with nodes (24 h)', 'nodes', byNodes);
  printGrowth('growth with horizon (100 nodes)', 'h', byHours);

  const runs = [byNodes.at(-1)!.run.ms, ...Array.from({ length: TARGET_RUNS - 1 }, () => timed(100, 24).ms)];
  console.log(`simulate: 100 nodes, 24 h at 1 s: ${TARGET_RUNS} runs, ${Math.min(...runs).toFixed(0)}–${Math.max(...runs).toFixed(0)} ms`);
  const fast = report('simulate: 100 nodes, 24 h at 1 s', median(runs), { target: TARGET_MS });

  const [held6, held24] = [byHours[0]!.run.heldMiB, byHours.at(-1)!.run.heldMiB];
  const bounded = held24 <= HELD_GROWTH_LIMIT * held6 + HELD_SLACK_MIB;
  console.log(`simulate: heap held at half-way, 24 h vs 6 h: ${held24.toFixed(1)} vs ${held6.toFixed(1)} MiB  target ≤ ${HELD_GROWTH_LIMIT}× + ${HELD_SLACK_MIB} MiB: ${bounded ? 'met' : 'MISSED'}`);
  return fast && bounded;
}
