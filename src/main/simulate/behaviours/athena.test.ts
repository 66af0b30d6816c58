import { describe, expect, it } from 'vitest';
import { ATHENA_PRICES as A } from '../../../shared/catalog/prices/athena';
import { runChain, statsOf } from './testing';

const MIB = 1_048_576;
const TIB = 1_099_511_627_776;
// 1,000 records/s of 1,000 B land in the bucket: it holds t × 1 MB at t seconds.
const producer = { id: 'p', kind: 'app-producer' as const, config: { recordsPerSecond: 1_000, recordSizeBytes: 1_000, recordSizeSpreadPercent: 0 } };
// 144 queries a day: one every 600 s, at 300, 900, … 3,300 s in an hour.
const athena = (config: Record<string, unknown>) => ({ id: 'a', kind: 'athena' as const, config: { queriesPerDay: 144, ...config } });
const run = (config: Record<string, unknown>) => runChain([producer, { id: 'b', kind: 's3-bucket' }, athena(config)], { durationSeconds: 3_600, resolutionSeconds: 1 });

describe('athena', () => {
  it('scans the bucket as it grows, cut by partition pruning and columns read, each query rounded up to a MB', () => {
    // 50 % of partitions × 20 % of columns: a query at t scans t × 100,000 B: 30 MB at 300 s is 28.6 MiB, billed 29.
    const result = run({ partitionsReadPercent: 50, columnsReadPercent: 20 });
    const billedMiB = [300, 900, 1_500, 2_100, 2_700, 3_300].map((t) => Math.ceil((t * 100_000) / MIB));
    expect(billedMiB).toEqual([29, 86, 144, 201, 258, 315]);
    const a = statsOf(result, 'a');
    expect(a.metered).toEqual({ queries: 6, billedBytesScanned: 1_033 * MIB });
    expect(a.costUsd).toBeCloseTo(((1_033 * MIB) / TIB) * A.perTiBScanned.value, 12); // $0.0049
    expect(a).toMatchObject({ recordsIn: 0, recordsOut: 0 });
  });

  it('the workgroup cutoff cancels big queries, billed for what they scanned; small queries pay 10 MB', () => {
    // Cutoff 100 MB = 10⁸ B (95.4 MiB, billed 96): the 4 queries from 1,500 s on are cancelled there.
    const cut = statsOf(run({ partitionsReadPercent: 50, columnsReadPercent: 20, bytesScannedCutoffMB: 100 }), 'a');
    expect(cut.metered?.billedBytesScanned).toBe((29 + 86 + 4 * 96) * MIB);
    // 1 % of partitions and 10 % of columns: 300 s → 30 kB, … 3,300 s → 330 kB: every query pays the 10 MB minimum.
    expect(statsOf(run({ partitionsReadPercent: 1, columnsReadPercent: 10 }), 'a').metered?.billedBytesScanned).toBe(6 * 10 * MIB);
  });

  it('queries closer together than the resolution run together, and all of them are counted', () => {
    // 86,400 queries a day = 1 a second, at 10 s resolution: 3,600 queries in an hour, in 360 events.
    const result = runChain([athena({ queriesPerDay: 86_400, dataScannedPerQueryGB: 0 })], { durationSeconds: 3_600, resolutionSeconds: 10 });
    expect(statsOf(result, 'a').metered).toEqual({ queries: 3_600, billedBytesScanned: 3_600 * 10 * MIB });
  });

  it('without a bucket each query scans the data-scanned setting', () => {
    const result = runChain([athena({ dataScannedPerQueryGB: 1 })], { durationSeconds: 3_600, resolutionSeconds: 1 });
    expect(statsOf(result, 'a').metered).toEqual({ queries: 6, billedBytesScanned: 6 * 1_024 * MIB });
    expect(result.costUsdPerMonth!.byNode.a).toBeCloseTo(((6 * 1_024 * MIB) / TIB) * A.perTiBScanned.value * 730, 9);
  });
});
