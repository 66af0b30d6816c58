import { describe, expect, it } from 'vitest';
import { balances, runChain, statsOf, type TestNode } from './testing';

const MIB = 1_048_576;
// One 10 MiB record a second for 3,000 s, in cohorts of 10 records (100 MiB) every 10 s.
const producer = { id: 'p', kind: 'app-producer' as const, config: { recordsPerSecond: 1, recordSizeBytes: 10 * MIB, recordSizeSpreadPercent: 0 } };
const run = (store: TestNode) => runChain([producer, store], { durationSeconds: 3_000, resolutionSeconds: 10 });

describe('stores with a capacity', () => {
  it.each([
    ['rds', { storageGiB: 20 }],
    ['opensearch', { instanceCount: 2, storageGiBPerNode: 10 }],
    ['quicksight', { spiceCapacityGiB: 20 }],
  ] as const)('%s holding 20 GiB: 204 writes of 100 MiB fit, the rest are refused once full', (kind, config) => {
    const result = run({ id: 's', kind, config });
    const s = statsOf(result, 's');
    // 20 GiB = 20,480 MiB: 204 cohorts (20,400 MiB) fit; the 205th, at 2,040 s, would make 20,500.
    expect(s).toMatchObject({ recordsIn: 3_000, recordsOut: 2_040, recordsDropped: 960, bytesStored: 20_400 * MIB, utilizationMax: 1 });
    expect(balances(s)).toBe(true);
    expect(result.events.find((e) => e.nodeId === 's' && e.type === 'first-throttle')?.t).toBe(2_040);
    expect(result.notes.some((n) => n.startsWith('s: 960 records refused once'))).toBe(true);
  });

  it('Aurora, ElastiCache and Splunk have no capacity in the model: everything is stored', () => {
    for (const store of [{ id: 's', kind: 'rds', config: { engine: 'Aurora PostgreSQL' } }, { id: 's', kind: 'elasticache' }, { id: 's', kind: 'splunk' }] as TestNode[]) {
      const s = statsOf(run(store), 's');
      expect(s, store.kind).toMatchObject({ recordsIn: 3_000, recordsOut: 3_000, recordsDropped: 0, bytesStored: 30_000 * MIB, utilizationMax: null });
    }
  });
});

describe('vpc-endpoint', () => {
  it('passes everything on unchanged', () => {
    const result = runChain([producer, { id: 'e', kind: 'vpc-endpoint' }, { id: 'b', kind: 's3-bucket' }], { durationSeconds: 30, resolutionSeconds: 1 });
    expect(statsOf(result, 'e')).toMatchObject({ recordsIn: 30, recordsOut: 30, bytesOut: 300 * MIB });
    expect(statsOf(result, 'b')).toMatchObject({ recordsIn: 30, bytesStored: 300 * MIB });
    expect(result.notes.some((n) => n.includes('not modelled yet'))).toBe(false);
  });
});
