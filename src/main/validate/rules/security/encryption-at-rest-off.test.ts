import { describe, expect, it } from 'vitest';
import type { KindId } from '../../../../shared/catalog/registry';
import { encryptionAtRestOff } from './encryption-at-rest-off';
import { applyFix, findingsOf, pipelineOf } from '../testing';

describe('PW602 encryption-at-rest-off', () => {
  const cases: [KindId, string, unknown, unknown, string][] = [
    ['kinesis-data-stream', 'encryption', 'none', 'KMS', 'server-side encryption is off: records stay unencrypted in the stream for its whole retention'],
    ['redshift', 'encryption', 'none', 'AWS-managed key', 'encryption at rest is off: the warehouse, its backups and snapshots are unencrypted'],
    ['rds', 'storageEncrypted', false, true, 'encryption at rest is off: storage, backups, snapshots and replicas are unencrypted, and it can only be turned on when the database is created'],
    ['opensearch', 'encryptionAtRest', false, true, 'encryption at rest is off: indices, logs and snapshots are unencrypted'],
    ['elasticache', 'encryptionAtRest', false, true, 'encryption at rest is off: backups and data swapped to disk are unencrypted'],
    ['athena', 'resultEncryption', 'none', 'SSE_S3', 'query results are written to S3 unencrypted (result encryption is none)'],
  ];

  it.each(cases)('flags %s with %s off; the fix encrypts it', (kind, key, off, on, message) => {
    const p = pipelineOf([{ id: 'store', kind, label: 'Store', config: { [key]: off } }]);
    const findings = findingsOf(encryptionAtRestOff, p);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: 'PW602',
      severity: 'warning',
      message: `Store: ${message}`,
      nodeId: 'store',
      path: [key],
      fix: { operations: [{ op: 'set-config', nodeId: 'store', path: [key], value: on }] },
    });
    expect(findingsOf(encryptionAtRestOff, applyFix(p, findings[0]!.fix!.operations))).toEqual([]);
  });

  it('encrypts with the connected KMS key when there is one', () => {
    const p = pipelineOf(
      [
        { id: 'key', kind: 'kms-key', label: 'Stream key' },
        { id: 'wh', kind: 'redshift', label: 'Warehouse', config: { encryption: 'none' } },
      ],
      [['key', 'wh']],
    );
    const [finding] = findingsOf(encryptionAtRestOff, p);
    expect(finding?.fix).toEqual({ label: 'Encrypt with the connected KMS key', operations: [{ op: 'set-config', nodeId: 'wh', path: ['encryption'], value: 'KMS key' }] });
  });

  it('passes encrypted stores, Memcached (no encryption at rest), always-encrypted kinds and buckets (PW601)', () => {
    const p = pipelineOf([
      { id: 'kds', kind: 'kinesis-data-stream' },
      { id: 'rds', kind: 'rds' },
      { id: 'memcached', kind: 'elasticache', config: { engine: 'Memcached', replicasPerShard: 0, encryptionAtRest: false } },
      { id: 'ddb', kind: 'dynamodb-table' },
      { id: 'kvs', kind: 'kinesis-video-stream' },
      { id: 'bucket', kind: 's3-bucket', config: { encryption: 'none' } },
    ]);
    expect(findingsOf(encryptionAtRestOff, p)).toEqual([]);
  });
});
