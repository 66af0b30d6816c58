import { describe, expect, it } from 'vitest';
import { s3InsecureTransportAllowed } from './s3-insecure-transport-allowed';
import { applyFix, findingsOf, pipelineOf } from '../testing';

describe('PW604 s3-insecure-transport-allowed', () => {
  it('flags a bucket that does not deny non-TLS requests; the fix denies them', () => {
    const p = pipelineOf([{ id: 'raw', kind: 's3-bucket', label: 'Raw events', config: { denyInsecureTransport: false } }]);
    const findings = findingsOf(s3InsecureTransportAllowed, p);
    expect(findings).toEqual([
      {
        code: 'PW604',
        severity: 'warning',
        message: 'Raw events: the bucket policy does not deny non-TLS requests, so objects can be read and written over plain HTTP',
        nodeId: 'raw',
        path: ['denyInsecureTransport'],
        fix: { label: 'Deny non-TLS requests', operations: [{ op: 'set-config', nodeId: 'raw', path: ['denyInsecureTransport'], value: true }] },
      },
    ]);
    expect(findingsOf(s3InsecureTransportAllowed, applyFix(p, findings[0]!.fix!.operations))).toEqual([]);
  });

  it('passes the default bucket', () => {
    expect(findingsOf(s3InsecureTransportAllowed, pipelineOf([{ id: 'raw', kind: 's3-bucket' }]))).toEqual([]);
  });
});
