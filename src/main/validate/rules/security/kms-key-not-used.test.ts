import { describe, expect, it } from 'vitest';
import type { KindId } from '../../../../shared/catalog/registry';
import { kmsKeyNotUsed } from './kms-key-not-used';
import { applyFix, findingsOf, pipelineOf } from '../testing';

describe('PW614 kms-key-not-used', () => {
  const cases: [KindId, string, unknown, string, unknown][] = [
    ['s3-bucket', 'encryption', 'SSE-S3', 'Default encryption is SSE-S3', 'SSE-KMS'],
    ['redshift', 'encryption', 'AWS-managed key', 'Encryption at rest is AWS-managed key', 'KMS key'],
    ['dynamodb-table', 'encryption', 'AWS owned key', 'Encryption at rest is AWS owned key', 'customer managed key'],
    ['kinesis-video-stream', 'encryption', 'AWS managed key', 'Encryption is AWS managed key', 'customer managed key'],
  ];

  it.each(cases)('flags a key connected to %s whose %s does not use it; the fix uses it', (kind, key, value, says, fixed) => {
    const p = pipelineOf(
      [
        { id: 'key', kind: 'kms-key', label: 'Team key' },
        { id: 'store', kind, label: 'Store', config: { [key]: value } },
      ],
      [['key', 'store']],
    );
    const findings = findingsOf(kmsKeyNotUsed, p);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: 'PW614',
      severity: 'warning',
      message: `Store: Team key is connected but not used: ${says}`,
      nodeId: 'store',
      path: [key],
      fix: { operations: [{ op: 'set-config', nodeId: 'store', path: [key], value: fixed }] },
    });
    expect(findingsOf(kmsKeyNotUsed, applyFix(p, findings[0]!.fix!.operations))).toEqual([]);
  });

  it('passes stores that use their key, stores without a key, and unencrypted ones (PW601, PW602)', () => {
    const p = pipelineOf(
      [
        { id: 'k1', kind: 'kms-key' },
        { id: 'k2', kind: 'kms-key' },
        { id: 'k3', kind: 'kms-key' },
        { id: 'used', kind: 'dynamodb-table', config: { encryption: 'customer managed key' } },
        { id: 'stream', kind: 'kinesis-data-stream', config: { encryption: 'none' } },
        { id: 'rds', kind: 'rds', config: { storageEncrypted: false } },
        { id: 'no-key', kind: 's3-bucket' },
      ],
      [
        ['k1', 'used'],
        ['k2', 'stream'],
        ['k3', 'rds'],
      ],
    );
    expect(findingsOf(kmsKeyNotUsed, p)).toEqual([]);
  });
});
