import { describe, expect, it } from 'vitest';
import { applyFix, findingsOf, pipelineOf } from '../testing';
import { glacierReadDaily } from './glacier-read-daily';

describe('PW701 glacier-read-daily', () => {
  it('flags a bucket storing new objects in an archive class while it is read daily; the fix stores them in Standard', () => {
    const p = pipelineOf([{ id: 'lake', kind: 's3-bucket', label: 'Lake', config: { storageClass: 'Glacier Flexible Retrieval' } }]);
    const findings = findingsOf(glacierReadDaily, p);
    expect(findings).toEqual([
      {
        code: 'PW701',
        severity: 'warning',
        message:
          'Lake: new objects are stored in Glacier Flexible Retrieval but the bucket is read daily (1,000 reads/day): each read of an archived object needs a restore first: ' +
          '3–5 h and $0.01 per GB plus $0.05 per 1,000 requests (Standard tier)',
        nodeId: 'lake',
        path: ['storageClass'],
        fix: { label: 'Store new objects in Standard', operations: [{ op: 'set-config', nodeId: 'lake', path: ['storageClass'], value: 'Standard' }] },
      },
    ]);
    expect(findingsOf(glacierReadDaily, applyFix(p, findings[0]!.fix!.operations))).toEqual([]);
  });

  it('flags an early archive transition of a bucket Athena queries, naming the reader', () => {
    const p = pipelineOf(
      [
        { id: 'lake', kind: 's3-bucket', label: 'Lake', config: { readsPerDay: 0, lifecycleRules: [{ id: 'archive', transitions: [{ days: 7, storageClass: 'Deep Archive' }] }] } },
        { id: 'athena', kind: 'athena', label: 'Reports', config: { queriesPerDay: 24 } },
      ],
      [['lake', 'athena']],
    );
    expect(findingsOf(glacierReadDaily, p)).toEqual([
      {
        code: 'PW701',
        severity: 'warning',
        message:
          'Lake: lifecycle rule "archive" archives objects to Deep Archive on day 7 but the bucket is read daily (Reports (24 queries/day)): ' +
          'each read of an archived object needs a restore first: up to 12 h and $0.02 per GB plus $0.10 per 1,000 requests (Standard tier)',
        nodeId: 'lake',
        path: ['lifecycleRules', '0', 'transitions', '0', 'days'],
      },
    ]);
  });

  it('passes an archive nobody reads, archiving after 30 days, and Glacier Instant Retrieval', () => {
    expect(findingsOf(glacierReadDaily, pipelineOf([{ id: 'vault', kind: 's3-bucket', config: { storageClass: 'Deep Archive', readsPerDay: 0 } }]))).toEqual([]);
    const later = { lifecycleRules: [{ id: 'archive', transitions: [{ days: 30, storageClass: 'Glacier Flexible Retrieval' }] }] };
    expect(findingsOf(glacierReadDaily, pipelineOf([{ id: 'lake', kind: 's3-bucket', config: later }]))).toEqual([]);
    expect(findingsOf(glacierReadDaily, pipelineOf([{ id: 'lake', kind: 's3-bucket', config: { storageClass: 'Glacier Instant Retrieval' } }]))).toEqual([]);
  });
});
