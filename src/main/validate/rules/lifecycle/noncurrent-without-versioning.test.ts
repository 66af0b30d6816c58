import { describe, expect, it } from 'vitest';
import { applyFix, findingsOf, pipelineOf } from '../testing';
import { noncurrentWithoutVersioning } from './noncurrent-without-versioning';

const bucket = (rule: Record<string, unknown>, versioning = false) =>
  pipelineOf([{ id: 'docs', kind: 's3-bucket', label: 'Documents', config: { versioning, lifecycleRules: [{ id: 'old-versions', noncurrentVersionExpirationDays: 30, ...rule }] } }]);

describe('PW504 noncurrent-without-versioning', () => {
  it('flags an old-version action on an unversioned bucket; the fix removes it', () => {
    const p = bucket({ expirationDays: 365 });
    const findings = findingsOf(noncurrentWithoutVersioning, p);
    expect(findings).toEqual([
      {
        code: 'PW504',
        severity: 'warning',
        message:
          'Documents: lifecycle rule "old-versions" deletes old versions after 30 days, but versioning is off: there are no old versions, ' +
          'and overwritten or deleted objects are gone at once. Turn versioning on if they must be recoverable',
        nodeId: 'docs',
        path: ['lifecycleRules', '0', 'noncurrentVersionExpirationDays'],
        fix: { label: 'Remove the old-version action', operations: [{ op: 'set-config', nodeId: 'docs', path: ['lifecycleRules', '0', 'noncurrentVersionExpirationDays'], value: null }] },
      },
    ]);
    expect(findingsOf(noncurrentWithoutVersioning, applyFix(p, findings[0]!.fix!.operations))).toEqual([]);
  });

  it('offers no fix when the action is the rule’s only one', () => {
    const [finding] = findingsOf(noncurrentWithoutVersioning, bucket({ abortIncompleteMultipartUploadDays: null }));
    expect(finding?.code).toBe('PW504');
    expect(finding?.fix).toBeUndefined();
  });

  it('passes a versioned bucket', () => {
    expect(findingsOf(noncurrentWithoutVersioning, bucket({}, true))).toEqual([]);
  });
});
