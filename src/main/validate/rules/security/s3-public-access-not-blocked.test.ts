import { describe, expect, it } from 'vitest';
import { s3PublicAccessNotBlocked } from './s3-public-access-not-blocked';
import { applyFix, findingsOf, pipelineOf } from '../testing';

describe('PW606 s3-public-access-not-blocked', () => {
  it('flags a bucket with Block Public Access off as an error; the fix blocks it', () => {
    const p = pipelineOf([{ id: 'raw', kind: 's3-bucket', label: 'Raw events', config: { blockPublicAccess: false } }]);
    const findings = findingsOf(s3PublicAccessNotBlocked, p);
    expect(findings).toEqual([
      {
        code: 'PW606',
        severity: 'error',
        message: 'Raw events: public access is not blocked, so one bucket policy or ACL can make its objects public',
        nodeId: 'raw',
        path: ['blockPublicAccess'],
        fix: { label: 'Block public access', operations: [{ op: 'set-config', nodeId: 'raw', path: ['blockPublicAccess'], value: true }] },
      },
    ]);
    expect(findingsOf(s3PublicAccessNotBlocked, applyFix(p, findings[0]!.fix!.operations))).toEqual([]);
  });

  it('passes the default bucket', () => {
    expect(findingsOf(s3PublicAccessNotBlocked, pipelineOf([{ id: 'raw', kind: 's3-bucket' }]))).toEqual([]);
  });
});
