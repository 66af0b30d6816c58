import { describe, expect, it } from 'vitest';
import { s3NoDefaultEncryption } from './s3-no-default-encryption';
import { applyFix, findingsOf, pipelineOf } from '../testing';

describe('PW601 s3-no-default-encryption', () => {
  it('flags a bucket with encryption none; the fix sets SSE-S3', () => {
    const p = pipelineOf([{ id: 'raw', kind: 's3-bucket', label: 'Raw events', config: { encryption: 'none' } }]);
    const findings = findingsOf(s3NoDefaultEncryption, p);
    expect(findings).toEqual([
      {
        code: 'PW601',
        severity: 'warning',
        message: 'Raw events: no default encryption declared',
        nodeId: 'raw',
        path: ['encryption'],
        fix: { label: 'Use SSE-S3', operations: [{ op: 'set-config', nodeId: 'raw', path: ['encryption'], value: 'SSE-S3' }] },
      },
    ]);
    expect(findingsOf(s3NoDefaultEncryption, applyFix(p, findings[0]!.fix!.operations))).toEqual([]);
  });

  it('passes a bucket with default encryption', () => {
    expect(findingsOf(s3NoDefaultEncryption, pipelineOf([{ id: 'raw', kind: 's3-bucket' }]))).toEqual([]);
  });
});
