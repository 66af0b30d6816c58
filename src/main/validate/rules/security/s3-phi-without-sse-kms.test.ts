import { describe, expect, it } from 'vitest';
import { s3PhiWithoutSseKms } from './s3-phi-without-sse-kms';
import { applyFix, findingsOf, pipelineOf } from '../testing';

describe('PW607 s3-phi-without-sse-kms', () => {
  it('flags a bucket tagged Classification=PHI (any case) without SSE-KMS as an error; the fix sets SSE-KMS', () => {
    const p = pipelineOf([{ id: 'scans', kind: 's3-bucket', label: 'Patient scans', config: { tags: [{ key: 'CLASSIFICATION', value: 'phi' }] } }]);
    const findings = findingsOf(s3PhiWithoutSseKms, p);
    expect(findings).toEqual([
      {
        code: 'PW607',
        severity: 'error',
        message: 'Patient scans: tagged Classification=PHI but is encrypted with SSE-S3: health data needs SSE-KMS, so that reading it needs the key and every use is audited',
        nodeId: 'scans',
        path: ['encryption'],
        fix: { label: 'Use SSE-KMS', operations: [{ op: 'set-config', nodeId: 'scans', path: ['encryption'], value: 'SSE-KMS' }] },
      },
    ]);
    expect(findingsOf(s3PhiWithoutSseKms, applyFix(p, findings[0]!.fix!.operations))).toEqual([]);
  });

  it('says when there is no default encryption at all', () => {
    const p = pipelineOf([{ id: 'scans', kind: 's3-bucket', label: 'Patient scans', config: { encryption: 'none', tags: [{ key: 'Classification', value: 'PHI' }] } }]);
    expect(findingsOf(s3PhiWithoutSseKms, p)[0]?.message).toContain('tagged Classification=PHI but has no default encryption');
  });

  it('passes PHI under SSE-KMS and buckets without the tag', () => {
    const p = pipelineOf([
      { id: 'kms', kind: 's3-bucket', config: { encryption: 'SSE-KMS', tags: [{ key: 'Classification', value: 'PHI' }] } },
      { id: 'pii', kind: 's3-bucket', config: { tags: [{ key: 'Classification', value: 'PII' }] } },
      { id: 'plain', kind: 's3-bucket' },
    ]);
    expect(findingsOf(s3PhiWithoutSseKms, p)).toEqual([]);
  });
});
