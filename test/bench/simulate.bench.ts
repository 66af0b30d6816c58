import { defaultConfig, type KindId } from '../../src/shared/catalog/registry';
import { PIPELINE_VERSION, PipelineSchema, type Pipeline } from '../../src/shared/model/pipeline';
import { simulate } from '../../src/main/simulate/engine';
import { report } from './report';

/** Target for 100 nodes, 24 h at 1 s resolution (the figure for this machine). */
const TARGET_MS = 2_000;
const HOUR = 3_600;

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

function timed(nodes: number, hours: number): { ms: number; resultBytes: number; heapMiB: number } {
  const pipeline = flowingPipeline(nodes, hours * HOUR);
  const started = performance.now();
  const result = simulate(pipeline);
  const ms = performance.now() - started;
  if (result === 'stopped') throw new Error('stopped');
  const heapMiB = process.memoryUsage().heapUsed / 2 ** 20;
  return { ms, resultBytes: JSON.stringify(result).length, heapMiB };
}

/**
 * Simulation speed on a 100-node pipeline over 24 h at 1 s, and how the time grows with nodes
 * (25, 50, 100 over 24 h) and horizon (6, 12, 24 h with 100 nodes): about linear in both. The
 * result's size stays the same whatever the horizon (series are at most 200 buckets).
 */
export function benchSimulation(): boolean {
  timed(25, 1); // warm-up: the JIT compiles the engine before the timed runs
  const byNodes = [25, 50, 100].map((n) => ({ n, ...timed(n, 24) }));
  const byHours = [6, 12].map((h) => ({ h, ...timed(100, h) }));
  const full = byNodes.at(-1)!;
  byHours.push({ h: 24, ...full });
  const line = (label: string, rows: { ms: number; resultBytes: number; heapMiB: number }[], keys: number[]) =>
    console.log(
      `simulate: ${label}: ` +
        rows.map((r, i) => `${keys[i]} → ${r.ms.toFixed(0)} ms (${i === 0 ? '1.00' : (r.ms / rows[0]!.ms).toFixed(2)}× for ${(keys[i]! / keys[0]!).toFixed(0)}×), result ${(r.resultBytes / 1024).toFixed(0)} KiB, heap ${r.heapMiB.toFixed(0)} MiB`).join('; '),
    );
  line('growth with nodes (24 h)', byNodes, [25, 50, 100]);
  line('growth with horizon (100 nodes, hours)', byHours, [6, 12, 24]);
  return report('simulate: 100 nodes, 24 h at 1 s', full.ms, { target: TARGET_MS });
}
