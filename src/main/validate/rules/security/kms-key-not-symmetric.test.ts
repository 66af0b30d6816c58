import { describe, expect, it } from 'vitest';
import { kmsKeyNotSymmetric } from './kms-key-not-symmetric';
import { applyFix, findingsOf, pipelineOf } from '../testing';

describe('PW610 kms-key-not-symmetric', () => {
  it('flags an asymmetric key connected to stores as an error; the fix makes it symmetric', () => {
    const p = pipelineOf(
      [
        { id: 'key', kind: 'kms-key', label: 'Lake key', config: { keySpec: 'RSA_2048', rotationEnabled: false } },
        { id: 'lake', kind: 's3-bucket', label: 'Data lake', config: { encryption: 'SSE-KMS' } },
        { id: 'stream', kind: 'kinesis-data-stream', label: 'Readings' },
      ],
      [
        ['key', 'lake'],
        ['key', 'stream'],
      ],
    );
    const findings = findingsOf(kmsKeyNotSymmetric, p);
    expect(findings).toEqual([
      {
        code: 'PW610',
        severity: 'error',
        message: 'Lake key: a RSA_2048 key cannot encrypt data: Data lake, Readings need a SYMMETRIC_DEFAULT key',
        nodeId: 'key',
        path: ['keySpec'],
        fix: { label: 'Use a symmetric key (SYMMETRIC_DEFAULT)', operations: [{ op: 'set-config', nodeId: 'key', path: ['keySpec'], value: 'SYMMETRIC_DEFAULT' }] },
      },
    ]);
    expect(findingsOf(kmsKeyNotSymmetric, applyFix(p, findings[0]!.fix!.operations))).toEqual([]);
  });

  it('also flags a key whose settings are otherwise invalid (rotation on an HMAC key)', () => {
    const p = pipelineOf(
      [
        { id: 'key', kind: 'kms-key', label: 'Key', config: { keySpec: 'HMAC_256' } },
        { id: 'table', kind: 'dynamodb-table', label: 'Results' },
      ],
      [['key', 'table']],
    );
    expect(findingsOf(kmsKeyNotSymmetric, p).map((f) => f.message)).toEqual(['Key: a HMAC_256 key cannot encrypt data: Results needs a SYMMETRIC_DEFAULT key']);
  });

  it('passes symmetric keys and unconnected keys', () => {
    const p = pipelineOf(
      [
        { id: 'sym', kind: 'kms-key' },
        { id: 'signing', kind: 'kms-key', config: { keySpec: 'ECC_NIST_P256', rotationEnabled: false } },
        { id: 'lake', kind: 's3-bucket', config: { encryption: 'SSE-KMS' } },
      ],
      [['sym', 'lake']],
    );
    expect(findingsOf(kmsKeyNotSymmetric, p)).toEqual([]);
  });
});
