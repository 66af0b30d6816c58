import { describe, expect, it } from 'vitest';
import { REDSHIFT_NODE_HOUR_PRICES as N, REDSHIFT_PRICES as P } from '../../../shared/catalog/prices/redshift';
import { balances, runChain, statsOf } from './testing';

const GIB = 1_073_741_824;
const producer = { id: 'p', kind: 'app-producer' as const, config: { recordsPerSecond: 100, recordSizeBytes: 1_000, recordSizeSpreadPercent: 0 } };

describe('redshift', () => {
  it('loads everything it receives, without a COPY rate limit, and stores the bytes loaded', () => {
    const result = runChain([producer, { id: 'r', kind: 'redshift' }], { durationSeconds: 3_600, resolutionSeconds: 1 });
    const r = statsOf(result, 'r');
    expect(r).toMatchObject({ recordsIn: 360_000, recordsOut: 360_000, recordsThrottled: 0, bytesStored: 360_000_000, utilizationMax: null });
    expect(balances(r)).toBe(true);
    expect(result.notes.some((n) => n.startsWith('r: 0 COPY loads and 360000000 bytes loaded; COPY is not rate-limited'))).toBe(true);
  });

  it('2 × ra3.xlplus: node-hours plus managed storage of what was loaded', () => {
    const result = runChain([producer, { id: 'r', kind: 'redshift', config: { deployment: { mode: 'provisioned', nodeType: 'ra3.xlplus', numberOfNodes: 2 } } }], { durationSeconds: 3_600, resolutionSeconds: 1 });
    // Run: 2 node-hours; 360 MB held on average half the hour. Month: 730 node-hours × 2, and the mean of a month
    // of loads at 360 MB/h (730 × 360 MB / 2) at the RA3 managed storage price.
    const nodeHour = N['ra3.xlplus'].value;
    const storage = P.ra3ManagedStorageGiBMonth.value;
    const r = statsOf(result, 'r');
    expect(r.costUsd).toBeCloseTo(2 * nodeHour + (360e6 / GIB) * (0.5 / 730) * storage, 9);
    expect(result.costUsdPerMonth!.byNode.r).toBeCloseTo(2 * nodeHour * 730 + ((730 * 360e6) / 2 / GIB) * storage, 9); // $1,588.70
  });

  it('dc2 storage is in the node price; Serverless is unknown', () => {
    const dc2 = runChain([producer, { id: 'r', kind: 'redshift', config: { deployment: { mode: 'provisioned', nodeType: 'dc2.large', numberOfNodes: 2 } } }], { durationSeconds: 60, resolutionSeconds: 1 });
    expect(dc2.costUsdPerMonth!.byNode.r).toBeCloseTo(2 * 730 * N['dc2.large'].value, 9);
    const serverless = runChain([producer, { id: 'r', kind: 'redshift', config: { deployment: { mode: 'serverless', baseRpu: 8, maxRpu: null } } }], { durationSeconds: 60, resolutionSeconds: 1 });
    expect(statsOf(serverless, 'r').costUsd).toBeNull();
  });
});
