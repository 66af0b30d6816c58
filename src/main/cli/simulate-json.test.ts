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
      expect(n.utilizationMax).toBeNull();
    }
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
});
