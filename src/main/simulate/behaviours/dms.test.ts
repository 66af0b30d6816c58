import { describe, expect, it } from 'vitest';
import { DMS_INSTANCE_HOUR_PRICES as I, DMS_PRICES as P } from '../../../shared/catalog/prices/dms';
import { S3_REQUEST_PRICES, S3_STORAGE_PRICES } from '../../../shared/catalog/prices/s3';
import { balances, runChain, statsOf } from './testing';

// 1 GiB of 1,024-byte rows = 1,048,576 rows, copied at 1.073741824 MB/s: exactly 1,000 s. Changes: 10 rows/s.
const db = { id: 'db', kind: 'onprem-database' as const, config: { sizeGiB: 1, rowSizeBytes: 1_024, changeRateRowsPerSecond: 10 } };
const task = (config: Record<string, unknown>) => ({ id: 'dms', kind: 'dms' as const, config: { fullLoadMBps: 1.073741824, ...config } });
const ROWS = 1_048_576;

describe('dms', () => {
  it('full load at its throughput, then the changes cached meanwhile, then CDC at the source rate', () => {
    const result = runChain([db, task({}), { id: 'b', kind: 's3-bucket' }], { durationSeconds: 1_200, resolutionSeconds: 1 });
    const d = statsOf(result, 'dms');
    // Changes of t = 0..1,199 s: 12,000 rows; all of it leaves by the end.
    expect(d).toMatchObject({ recordsIn: ROWS + 12_000, recordsOut: ROWS + 12_000, recordsBuffered: 0, recordsDropped: 0 });
    // The copy lands in 60 s slices (60, 120, … 960 s) and a last one at 1,000 s: 17 objects; the 10,000 cached changes
    // are applied as one batch, and the 2,000 later ones in 60 s batches: 1,000–1,059, 1,060–1,119, 1,120–1,179, 1,180–1,199 s.
    const b = statsOf(result, 'b');
    expect(b.objectsWritten).toBe(17 + 1 + 4);
    // The change made at 0 s waits for the end of the full load at 1,000 s, and so do the last rows copied.
    expect(d.bufferLatencySeconds!.max).toBeCloseTo(1_000, 9);
    expect(b.endToEndLatencySeconds!.max).toBeCloseTo(1_000, 9);
    expect(result.events.find((e) => e.nodeId === 'dms' && e.type === 'job-run')?.t).toBe(0);
  });

  it('stopped at 500 s: the rows not copied yet and the cached changes are buffered', () => {
    const result = runChain([db, task({}), { id: 'b', kind: 's3-bucket' }], { durationSeconds: 1_200, resolutionSeconds: 1 }, { untilSeconds: 500 });
    const d = statsOf(result, 'dms');
    // Copied by the 480 s slice: floor(1,048,576 × 0.48) = 503,316 rows. Cached: changes of 0..500 s = 5,010.
    expect(d.recordsOut).toBe(503_316);
    expect(d.recordsBuffered).toBe(ROWS - 503_316 + 5_010);
    expect(balances(d)).toBe(true);
  });

  it('without a throughput the copy is instant; a CDC task drops the existing rows, a full-load task the changes', () => {
    const instant = runChain([db, task({ fullLoadMBps: null }), { id: 'b', kind: 's3-bucket' }], { durationSeconds: 10, resolutionSeconds: 1 });
    expect(statsOf(instant, 'dms')).toMatchObject({ recordsOut: ROWS + 100, recordsBuffered: 0 });
    expect(instant.notes.some((n) => n.startsWith('dms: no full load throughput set'))).toBe(true);
    const cdc = statsOf(runChain([db, task({ migrationType: 'cdc' }), { id: 'b', kind: 's3-bucket' }], { durationSeconds: 10, resolutionSeconds: 1 }), 'dms');
    expect(cdc).toMatchObject({ recordsOut: 100, recordsDropped: ROWS });
    const full = statsOf(runChain([db, task({ migrationType: 'full-load' }), { id: 'b', kind: 's3-bucket' }], { durationSeconds: 2_000, resolutionSeconds: 1 }), 'dms');
    expect(full).toMatchObject({ recordsOut: ROWS, recordsDropped: 20_000 });
    for (const s of [statsOf(instant, 'dms'), cdc, full]) expect(balances(s)).toBe(true);
  });

  it('a full load into S3 is stored once: the monthly cost holds it, it does not repeat it every hour', () => {
    // 1 GiB copied at once, no changes, one hour: the bucket's month is 1 GiB-month of Standard (not 730 of them),
    // 730 PUTs (the run's one object an hour kept up) and the default 1,000 reads a day.
    const quiet = { ...db, config: { ...db.config, changeRateRowsPerSecond: 0 } };
    const result = runChain([quiet, task({ fullLoadMBps: null }), { id: 'b', kind: 's3-bucket' }], { durationSeconds: 3_600, resolutionSeconds: 60 });
    expect(statsOf(result, 'b')).toMatchObject({ bytesStored: 1_073_741_824, bytesStoredOnce: 1_073_741_824, objectsWritten: 1 });
    const s3 = { storage: S3_STORAGE_PRICES.Standard.value, put: S3_REQUEST_PRICES.Standard!.put.value, get: S3_REQUEST_PRICES.Standard!.get.value };
    expect(result.costUsdPerMonth!.byNode.b).toBeCloseTo(s3.storage + (730 / 1_000) * s3.put + ((1_000 * 730) / 24 / 1_000) * s3.get, 9); // $0.039
  });

  it('flags changes cached beyond the instance storage', () => {
    // 1 GiB of storage; 10 MB of changes a second for 200 s of a 1,074 s full load (1 GiB at 1 MB/s) = 2 GB cached.
    const busy = { ...db, config: { ...db.config, changeRateRowsPerSecond: 10_000, rowSizeBytes: 1_000 } };
    const result = runChain([busy, task({ allocatedStorageGiB: 1, fullLoadMBps: 1 }), { id: 'b', kind: 's3-bucket' }], { durationSeconds: 200, resolutionSeconds: 1 });
    expect(statsOf(result, 'dms').recordsBuffered).toBe(0);
    expect(result.notes.some((n) => n.startsWith('dms: up to') && n.includes('the task would fail'))).toBe(true);
  });

  it('costs its instance-hours and allocated storage: t3.micro with 50 GiB for 730 h', () => {
    const result = runChain([db, task({ replicationInstanceClass: 'dms.t3.micro', allocatedStorageGiB: 50 })], { durationSeconds: 3_600, resolutionSeconds: 60 });
    expect(result.costUsdPerMonth!.byNode.dms).toBeCloseTo(730 * I['dms.t3.micro'].value + 50 * P.storageGiBMonthSingleAz.value, 9); // $19.33
    expect(statsOf(result, 'dms').costUsd).toBeCloseTo(I['dms.t3.micro'].value + (50 * P.storageGiBMonthSingleAz.value) / 730, 9);
  });
});
