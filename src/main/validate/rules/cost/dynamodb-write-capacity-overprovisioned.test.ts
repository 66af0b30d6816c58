import { describe, expect, it } from 'vitest';
import { applyFix, findingsOf, pipelineOf } from '../testing';
import { dynamodbWriteCapacityOverprovisioned } from './dynamodb-write-capacity-overprovisioned';

const table = (writeCapacityUnits: number) =>
  pipelineOf(
    [
      { id: 'db', kind: 'onprem-database', label: 'Orders DB', config: { changeRateRowsPerSecond: 100, rowSizeBytes: 500 } },
      { id: 'dms', kind: 'dms', label: 'Replication', config: { migrationType: 'cdc' } },
      { id: 'table', kind: 'dynamodb-table', label: 'Orders', config: { capacity: { mode: 'provisioned', readCapacityUnits: 5, writeCapacityUnits } } },
    ],
    [['db', 'dms'], ['dms', 'table']],
  );

describe('PW704 dynamodb-write-capacity-overprovisioned', () => {
  it('flags more than four times the write capacity the writes need, with what the extra cost; the fix sets the need', () => {
    const p = table(1_000);
    const findings = findingsOf(dynamodbWriteCapacityOverprovisioned, p);
    expect(findings).toEqual([
      {
        code: 'PW704',
        severity: 'warning',
        message: 'Orders: 1,000 write capacity units for writes that need 100 at peak: the 900 extra cost about $427.05/month',
        nodeId: 'table',
        path: ['capacity', 'writeCapacityUnits'],
        fix: { label: 'Set write capacity to 100', operations: [{ op: 'set-config', nodeId: 'table', path: ['capacity', 'writeCapacityUnits'], value: 100 }] },
      },
    ]);
    expect(findingsOf(dynamodbWriteCapacityOverprovisioned, applyFix(p, findings[0]!.fix!.operations))).toEqual([]);
  });

  it('passes headroom up to four times, and a full-load-only task (no steady rate)', () => {
    expect(findingsOf(dynamodbWriteCapacityOverprovisioned, table(400))).toEqual([]);
    const fullLoad = table(1_000);
    fullLoad.nodes[1]!.config.migrationType = 'full-load';
    expect(findingsOf(dynamodbWriteCapacityOverprovisioned, fullLoad)).toEqual([]);
  });
});
