import { describe, expect, it } from 'vitest';
import { applyFix, findingsOf, pipelineOf } from '../testing';
import { athenaUnpartitioned } from './athena-unpartitioned';

const lake = (partitioning: Record<string, unknown>) =>
  pipelineOf(
    [
      { id: 'lake', kind: 's3-bucket', label: 'Lake', config: { partitioning } },
      { id: 'athena', kind: 'athena', label: 'Ad-hoc queries' },
    ],
    [['lake', 'athena']],
  );

describe('PW705 athena-unpartitioned', () => {
  it('warns when Athena queries an unpartitioned bucket, with the declared scan cost; the fix partitions by time', () => {
    const p = lake({ scheme: 'none' });
    const findings = findingsOf(athenaUnpartitioned, p);
    // 100 queries/day × 1 GB × 30.42 days × $5 per 1,024 GB.
    expect(findings).toEqual([
      {
        code: 'PW705',
        severity: 'warning',
        message:
          'Ad-hoc queries queries Lake, whose keys are not partitioned: no query can skip data by date or key, so each scans the whole table ' +
          '(about $14.85/month at $5.00 per TB for the declared queries, and it grows with the data)',
        nodeId: 'lake',
        edgeId: 'lake->athena',
        path: ['partitioning'],
        fix: { label: 'Partition by time (yyyy/MM/dd/HH)', operations: [{ op: 'set-config', nodeId: 'lake', path: ['partitioning'], value: { scheme: 'year/month/day/hour' } }] },
      },
    ]);
    expect(findingsOf(athenaUnpartitioned, applyFix(p, findings[0]!.fix!.operations))).toEqual([]);
  });

  it('passes partitioned buckets', () => {
    expect(findingsOf(athenaUnpartitioned, lake({ scheme: 'by device', deviceAttribute: 'device_id' }))).toEqual([]);
  });
});
