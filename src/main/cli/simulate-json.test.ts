import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializePipeline } from '../../shared/model/serialize';
import { clickstreamPipeline } from '../../../test/fixtures/pipelines';
import { runCli } from './run';

describe('pipewright simulate --json', () => {
  it('prints per-node counts, backlog, latency percentiles and cost, plus the monthly cost and events', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pw-sim-json-'));
    const file = join(dir, 'lab.pipewright');
    const pipeline = clickstreamPipeline();
    pipeline.simulation.durationSeconds = 600;
    await writeFile(file, serializePipeline(pipeline));
    let out = '';
    const code = await runCli(['simulate', file, '--json'], { out: (t) => (out += t), err: () => undefined });
    expect(code).toBe(0);
    const json = JSON.parse(out);
    for (const n of json.nodes) {
      expect(Object.keys(n)).toEqual(expect.arrayContaining(['recordsIn', 'recordsOut', 'recordsThrottled', 'recordsLost', 'bytesIn', 'bytesOut', 'backlogRecords', 'latencySeconds', 'utilizationMax', 'costUsd']));
      expect(n.recordsLost).toBe(0);
      // Firehose (Direct PUT) and the bucket (3,500 PUTs/s per prefix) have modelled limits; the producer has none.
      if (n.nodeId === 'producer-1') expect(n.utilizationMax).toBeNull();
      else expect(n.utilizationMax).toBeGreaterThan(0);
    }
    expect(json.paths.map((p: { sourceId: string; sinkId: string }) => `${p.sourceId}→${p.sinkId}`)).toEqual(['producer-1→bucket-1']);
    expect(json.bottlenecks).toEqual([]);
    const bucket = json.nodes.find((n: { nodeId: string }) => n.nodeId === 'bucket-1');
    const { mean, p50, p95, max } = bucket.latencySeconds;
    expect(mean).toBeGreaterThan(0);
    expect(p50).toBeLessThanOrEqual(p95);
    expect(p95).toBeLessThanOrEqual(max);
    const firehose = json.nodes.find((n: { nodeId: string }) => n.nodeId === 'firehose-1');
    // A run of 600 s scaled to 730 h.
    expect(json.costUsdPerMonth.byNode['firehose-1']).toBeCloseTo((firehose.costUsd * 730 * 3_600) / 600, 9);
    const sum = Object.values(json.costUsdPerMonth.byNode as Record<string, number | null>).reduce<number>((a, b) => a + (b ?? 0), 0);
    expect(json.costUsdPerMonth.total).toBeCloseTo(sum, 9);
    expect(Array.isArray(json.events)).toBe(true);
  });

  it('prints bottlenecks with their suggested fix in the text output', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pw-sim-text-'));
    const file = join(dir, 'lab.pipewright');
    // 10 records/s of 1,000 KiB = 9.77 MiB/s against the 5 MiB/s Direct PUT quota: ⌈195.3 %⌉ of it is needed.
    const pipeline = clickstreamPipeline({ producer: { recordsPerSecond: 10, recordSizeBytes: 1_000 * 1_024 }, simulation: { durationSeconds: 60 } });
    await writeFile(file, serializePipeline(pipeline));
    let out = '';
    expect(await runCli(['simulate', file], { out: (t) => (out += t), err: () => undefined })).toBe(0);
    expect(out).toMatch(/^bottleneck Clickstream delivery: peak utilization 100 % \(demand 2× the limit\); 300 records throttled\. Suggestion: .*request 196 % of it/m);
    expect(out).toMatch(/^path Web app producers → Raw events: p50 /m);
  });
});
