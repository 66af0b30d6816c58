import { describe, expect, it } from 'vitest';
import { FIREHOSE_LIMITS_TABLE as L } from '../../shared/catalog/limits/firehose';
import { KIB, MIB } from '../../shared/catalog/limits/units';
import type { NodeStats, SimulationResult } from '../../shared/model/simulation-result';
import { SimulationResultSchema } from '../../shared/model/simulation-result';
import { simulate } from './engine';
import { producerFirehoseS3 } from '../../../test/fixtures/pipelines';

function run(...args: Parameters<typeof producerFirehoseS3>): SimulationResult {
  const result = simulate(producerFirehoseS3(...args));
  if (result === 'stopped') throw new Error('stopped');
  return SimulationResultSchema.parse(result);
}
const node = (result: SimulationResult, id: string): NodeStats => result.nodes.find((n) => n.nodeId === id)!;
const balances = (s: NodeStats) => s.recordsIn === s.recordsOut + s.recordsThrottled + s.recordsDropped + s.recordsLost + s.recordsBuffered;

describe('simulate: Firehose compression and format conversion', () => {
  it('writes objects of the delivered-size share of the bytes buffered; the buffer still fills on bytes received', () => {
    const result = run({ recordsPerSecond: 10, recordSizeBytes: 1_024 }, { bufferSizeMiB: 5, bufferIntervalSeconds: 300, compression: 'GZIP', deliveredSizePercent: 20 }, { durationSeconds: 3_000 });
    // 300 s × 10 KiB/s = 3,072,000 bytes buffered per object, written at 20 %: 614,400 bytes.
    expect(node(result, 'bucket-1').objectsWritten).toBe(10);
    expect(node(result, 'bucket-1').objectBytes).toEqual({ min: 614_400, mean: 614_400, max: 614_400 });
    expect(node(result, 'firehose-1').bytesIn).toBe(30_720_000);
    expect(node(result, 'firehose-1').bytesOut).toBe(6_144_000);
    expect(result.notes.some((n) => n.includes('20 % of the bytes received (GZIP compression)'))).toBe(true);
  });

  it('without a ratio keeps the received size and says the compression is not modelled', () => {
    const result = run({ recordsPerSecond: 10, recordSizeBytes: 1_024 }, { bufferSizeMiB: 5, bufferIntervalSeconds: 300, compression: 'GZIP' }, { durationSeconds: 600 });
    expect(node(result, 'bucket-1').objectBytes?.max).toBe(3_072_000);
    expect(result.notes.some((n) => n.includes('set "Delivered size" to model the GZIP compression'))).toBe(true);
  });
});

describe('simulate: the acceptance check', () => {
  const result = run({ recordsPerSecond: 10, recordSizeBytes: 1_024 }, { bufferSizeMiB: 5, bufferIntervalSeconds: 300 }, { durationSeconds: 3_000 });

  it('delivers exactly 10 objects of 3,072,000 bytes', () => {
    const s3 = node(result, 'bucket-1');
    expect(s3.objectsWritten).toBe(10);
    expect(s3.objectBytes).toEqual({ min: 3_072_000, mean: 3_072_000, max: 3_072_000 });
    expect(s3.bytesStored).toBe(30_720_000);
    expect(s3.recordsIn).toBe(30_000);
    expect(result.simulatedSeconds).toBe(3_000);
  });

  it('gives a Firehose mean buffer latency of 150.05 s', () => {
    const latency = node(result, 'firehose-1').bufferLatencySeconds!;
    expect(latency.mean).toBeCloseTo(150.05, 6);
    expect(Math.abs(latency.mean - 150)).toBeLessThanOrEqual(0.1);
    expect(latency.max).toBeCloseTo(300, 9);
    // 95 % of the 30,000 waits are ≤ 285 s (waits are 0.1, 0.2, …, 300 s, ten of each).
    expect(latency.p95).toBeCloseTo(285, 6);
    // The producer hands records over at once, so end-to-end at S3 equals the buffer wait.
    expect(node(result, 'bucket-1').endToEndLatencySeconds!.mean).toBeCloseTo(150.05, 6);
  });

  it('is deterministic for a seed and varies with it when sizes are spread', () => {
    const again = run({ recordsPerSecond: 10, recordSizeBytes: 1_024 }, { bufferSizeMiB: 5, bufferIntervalSeconds: 300 }, { durationSeconds: 3_000 });
    expect(again).toEqual(result);
    const spread = (seed: number) => run({ recordsPerSecond: 10, recordSizeBytes: 1_024, recordSizeSpreadPercent: 20 }, {}, { durationSeconds: 3_000, seed });
    expect(spread(7)).toEqual(spread(7));
    expect(node(spread(7), 'bucket-1').bytesStored).not.toBe(node(spread(8), 'bucket-1').bytesStored);
  });

  it('states the model in the notes', () => {
    expect(result.notes[0]).toMatch(/discrete-event, records grouped in cohorts of at most 0.1 s; latency error ≤ resolution\/2/);
  });
});

describe('simulate: Firehose', () => {
  it('delivers on size: objects never exceed the buffer and their count matches the bytes', () => {
    // 2,000 records/s of 1 KiB ≈ 2 MiB/s: a 1 MiB buffer fills long before its 300 s interval.
    const result = run({ recordsPerSecond: 2_000, recordSizeBytes: KIB }, { bufferSizeMiB: 1, bufferIntervalSeconds: 300 }, { durationSeconds: 600 });
    const s3 = node(result, 'bucket-1');
    expect(s3.bytesStored).toBe(1_200_000 * KIB);
    expect(s3.objectBytes!.max).toBe(MIB);
    expect(s3.objectsWritten).toBe(Math.ceil(s3.bytesStored / MIB));
    // Full buffers go within a second; only the last, partial one waits out its interval.
    expect(node(result, 'firehose-1').bufferLatencySeconds!.p95).toBeLessThan(1);
    expect(node(result, 'firehose-1').bufferLatencySeconds!.max).toBeCloseTo(300, 0);
    // Objects end on whole records: with 1,000 B records each holds 1,048 of them.
    const uneven = node(run({ recordsPerSecond: 2_000, recordSizeBytes: 1_000 }, { bufferSizeMiB: 1 }, { durationSeconds: 600 }), 'bucket-1');
    expect(uneven.objectBytes!.max).toBe(1_048_000);
    expect(uneven.objectsWritten).toBe(Math.ceil(1_200_000_000 / 1_048_000));
  });

  it('delivers each arrival with a zero interval', () => {
    const result = run({ recordsPerSecond: 10 }, { bufferIntervalSeconds: 0 }, { durationSeconds: 60 });
    expect(node(result, 'bucket-1').objectsWritten).toBe(600);
    expect(node(result, 'firehose-1').bufferLatencySeconds).toEqual({ mean: 0, p50: 0, p95: 0, max: 0 });
  });

  it('drops records over the record size limit', () => {
    const oversized = run({ recordsPerSecond: 1, recordSizeBytes: L.maxRecordKiB.value * KIB + 1 }, {}, { durationSeconds: 100 });
    expect(node(oversized, 'firehose-1')).toMatchObject({ recordsIn: 100, recordsDropped: 100, recordsOut: 0 });
    expect(node(oversized, 'bucket-1').objectsWritten).toBe(0);
    expect(oversized.notes.some((n) => n.includes('record limit'))).toBe(true);
    // Sizes spread ±50 % around the limit: about half are over it.
    const straddling = node(run({ recordsPerSecond: 1, recordSizeBytes: L.maxRecordKiB.value * KIB, recordSizeSpreadPercent: 50 }, {}, { durationSeconds: 1_000 }), 'firehose-1');
    expect(straddling.recordsDropped).toBeGreaterThan(400);
    expect(straddling.recordsDropped).toBeLessThan(600);
  });

  it('throttles at the Direct PUT quota (records/s)', () => {
    const rate = L.directPutRecordsPerSecond.value * 2;
    const fh = node(run({ recordsPerSecond: rate, recordSizeBytes: 1 }, { bufferSizeMiB: 128, bufferIntervalSeconds: 60 }, { durationSeconds: 10 }), 'firehose-1');
    expect(fh.recordsIn).toBe(rate * 10);
    expect(fh.recordsThrottled).toBe(rate * 5);
    expect(fh.recordsOut).toBe(L.directPutRecordsPerSecond.value * 10);
  });

  it('throttles at the Direct PUT quota (MiB/s)', () => {
    // 10 records/s of 1,000 KiB = 9.77 MiB/s against 5 MiB/s: 5 records fit in each second.
    const result = run({ recordsPerSecond: 10, recordSizeBytes: L.maxRecordKiB.value * KIB }, { bufferSizeMiB: 128 }, { durationSeconds: 20 });
    const fh = node(result, 'firehose-1');
    expect(fh.recordsThrottled).toBe(100);
    expect(fh.bytesOut).toBe(100 * L.maxRecordKiB.value * KIB);
    expect(result.notes.some((n) => n.includes('without retries'))).toBe(true);
  });

  it('keeps records buffered when there is no destination', () => {
    const pipeline = producerFirehoseS3({ recordsPerSecond: 10 }, {}, { durationSeconds: 60 });
    pipeline.edges = pipeline.edges.filter((e) => e.target !== 'bucket-1');
    const result = simulate(pipeline);
    if (result === 'stopped') throw new Error('stopped');
    expect(node(result, 'firehose-1')).toMatchObject({ recordsIn: 600, recordsBuffered: 600, recordsOut: 0, objectsWritten: 0 });
  });
});

describe('simulate: conservation', () => {
  const cases: Parameters<typeof producerFirehoseS3>[] = [
    [{ recordsPerSecond: 10 }, {}, { durationSeconds: 1_000 }],
    [{ recordsPerSecond: 3.3, recordSizeSpreadPercent: 40 }, { bufferIntervalSeconds: 0 }, { durationSeconds: 500, seed: 3 }],
    [{ recordsPerSecond: 7_000, recordSizeBytes: 900, recordSizeSpreadPercent: 30 }, { bufferSizeMiB: 1, bufferIntervalSeconds: 60 }, { durationSeconds: 120 }],
    [{ recordsPerSecond: 12, recordSizeBytes: 900_000, recordSizeSpreadPercent: 30 }, { bufferSizeMiB: 2 }, { durationSeconds: 300, resolutionSeconds: 2 }],
    [{ recordsPerSecond: 50, loadProfile: { shape: 'spikes', multiplier: 100, everySeconds: 60, durationSeconds: 5 } }, { bufferIntervalSeconds: 900 }, { durationSeconds: 1_000 }],
    [{ recordsPerSecond: 0.01 }, { bufferIntervalSeconds: 60 }, { durationSeconds: 10_000, resolutionSeconds: 60 }],
  ];
  it.each(cases)('holds for every node (%o, %o, %o)', (...args) => {
    const result = run(...args);
    for (const stats of result.nodes) expect(balances(stats), stats.nodeId).toBe(true);
    expect(node(result, 'firehose-1').recordsOut).toBe(node(result, 'bucket-1').recordsIn);
    expect(node(result, 'firehose-1').bytesOut).toBe(node(result, 'bucket-1').bytesStored);
    expect(node(result, 'producer-1').recordsOut).toBe(node(result, 'firehose-1').recordsIn);
    expect(node(result, 'firehose-1').recordsBuffered).toBe(0);
  });
});

describe('simulate: load profiles', () => {
  const produced = (rate: number, loadProfile: Record<string, unknown>, durationSeconds: number) =>
    node(run({ recordsPerSecond: rate, loadProfile }, {}, { durationSeconds }), 'producer-1').recordsOut;

  it('integrate to the expected record totals', () => {
    expect(produced(10, { shape: 'constant' }, 1_000)).toBe(10_000);
    // Ramp 1× → 3× over 100 s, then held for 100 s: 100 + 200/2 + 300 = 500 rate-seconds.
    expect(produced(100, { shape: 'ramp', toMultiplier: 3, overSeconds: 100 }, 200)).toBe(50_000);
    // Spikes of 5× for 10 s every 100 s over 1,000 s: 1,000 + 4 × 10 × 10 = 1,400 rate-seconds.
    expect(produced(10, { shape: 'spikes', multiplier: 5, everySeconds: 100, durationSeconds: 10 }, 1_000)).toBe(14_000);
    // A whole day of the sine averages to the base rate.
    expect(produced(2, { shape: 'diurnal', peakToMean: 2 }, 86_400)).toBe(172_800);
    // A quarter of a day, up to the peak: 21,600 + 0.5 × 86,400 / 2π.
    expect(produced(1, { shape: 'diurnal', peakToMean: 1.5 }, 21_600)).toBe(Math.floor(21_600 + (0.5 * 86_400) / (2 * Math.PI)));
  });

  it('shapes the series', () => {
    const result = run({ recordsPerSecond: 10, loadProfile: { shape: 'ramp', toMultiplier: 0, overSeconds: 1_000 } }, {}, { durationSeconds: 1_000 });
    const series = result.series.nodes['producer-1']!.recordsOut;
    expect(series.length).toBeLessThanOrEqual(200);
    expect(series[0]!).toBeGreaterThan(series[series.length - 2]!);
    expect(series.reduce((a, b) => a + b, 0)).toBe(5_000);
  });
});

describe('simulate: control and robustness', () => {
  it('returns "stopped" when asked to stop', () => {
    let polls = 0;
    expect(simulate(producerFirehoseS3({ recordsPerSecond: 10 }, {}, { durationSeconds: 86_400 }), { shouldStop: () => ++polls > 3 })).toBe('stopped');
  });

  it('reports increasing progress ending at 1', () => {
    const fractions: number[] = [];
    simulate(producerFirehoseS3({ recordsPerSecond: 10 }, {}, { durationSeconds: 3_600 }), { onProgress: (f) => fractions.push(f) });
    expect(fractions.length).toBeGreaterThan(5);
    for (let i = 1; i < fractions.length; i++) expect(fractions[i]!).toBeGreaterThan(fractions[i - 1]!);
    expect(fractions.at(-1)).toBe(1);
  });

  it('skips unknown kinds and invalid settings with a note', () => {
    const pipeline = producerFirehoseS3({ recordsPerSecond: 10 }, {}, { durationSeconds: 60 });
    pipeline.nodes.push({ id: 'x', kind: 'quantum-queue', label: 'X', position: { x: 0, y: 0 }, config: {} });
    pipeline.nodes[1]!.config = { bufferSizeMiB: 9_999 };
    pipeline.edges.push({ id: 'e3', source: 'producer-1', target: 'x' });
    const result = simulate(pipeline);
    if (result === 'stopped') throw new Error('stopped');
    expect(result.nodes.map((n) => n.nodeId)).toEqual(['producer-1', 'bucket-1']);
    expect(result.notes.join('\n')).toMatch(/unknown kind "quantum-queue"/);
    expect(result.notes.join('\n')).toMatch(/"Clickstream delivery" \(firehose-1\): invalid settings \(bufferSizeMiB/);
    expect(node(result, 'producer-1')).toMatchObject({ recordsIn: 600, recordsDropped: 600 });
  });
});
