import { describe, expect, it } from 'vitest';
import { s3UnencryptedUploadsAllowed } from './s3-unencrypted-uploads-allowed';
import { applyFix, findingsOf, pipelineOf } from '../testing';

describe('PW605 s3-unencrypted-uploads-allowed', () => {
  it('flags a bucket classified as sensitive that accepts unencrypted uploads; the fix denies them', () => {
    const p = pipelineOf([{ id: 'cust', kind: 's3-bucket', label: 'Customers', config: { tags: [{ key: 'data-classification', value: 'PII' }] } }]);
    const findings = findingsOf(s3UnencryptedUploadsAllowed, p);
    expect(findings).toEqual([
      {
        code: 'PW605',
        severity: 'info',
        message:
          'Customers: holds data-classification=PII data but the bucket policy does not deny uploads without the encryption header (writers must then send it: the policy is checked before default encryption)',
        nodeId: 'cust',
        path: ['denyUnencryptedUploads'],
        fix: { label: 'Deny unencrypted uploads', operations: [{ op: 'set-config', nodeId: 'cust', path: ['denyUnencryptedUploads'], value: true }] },
      },
    ]);
    expect(findingsOf(s3UnencryptedUploadsAllowed, applyFix(p, findings[0]!.fix!.operations))).toEqual([]);
  });

  it('passes buckets without a sensitive classification', () => {
    const p = pipelineOf([
      { id: 'plain', kind: 's3-bucket' },
      { id: 'internal', kind: 's3-bucket', config: { tags: [{ key: 'classification', value: 'internal' }] } },
      { id: 'owner', kind: 's3-bucket', config: { tags: [{ key: 'owner', value: 'confidential' }] } },
    ]);
    expect(findingsOf(s3UnencryptedUploadsAllowed, p)).toEqual([]);
  });
});
