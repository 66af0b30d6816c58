import { describe, expect, it } from 'vitest';
import { applyFix, findingsOf, pipelineOf } from '../testing';
import { lifecycleMinimumDuration } from './lifecycle-minimum-duration';

const bucket = (rule: Record<string, unknown>, config: Record<string, unknown> = {}) =>
  pipelineOf([{ id: 'logs', kind: 's3-bucket', label: 'Logs', config: { lifecycleRules: [{ id: 'logs', prefix: 'logs/', ...rule }], ...config } }]);

describe('PW501 lifecycle-minimum-duration', () => {
  it('flags an expiration before the minimum duration of the class; the fix moves it to the minimum', () => {
    const p = bucket({ transitions: [{ days: 30, storageClass: 'Standard-IA' }], expirationDays: 45 });
    const findings = findingsOf(lifecycleMinimumDuration, p);
    expect(findings).toEqual([
      {
        code: 'PW501',
        severity: 'warning',
        message:
          'Logs: lifecycle rule "logs" moves objects to Standard-IA on day 30 and expires them on day 45, after 15 days: ' +
          'Standard-IA bills at least 30 days, so S3 charges the 15 days left anyway (about $0.0062 per GB)',
        nodeId: 'logs',
        path: ['lifecycleRules', '0', 'expirationDays'],
        fix: { label: 'Move it to day 60', operations: [{ op: 'set-config', nodeId: 'logs', path: ['lifecycleRules', '0', 'expirationDays'], value: 60 }] },
      },
    ]);
    expect(findingsOf(lifecycleMinimumDuration, applyFix(p, findings[0]!.fix!.operations))).toEqual([]);
  });

  it('flags a next transition too early, with a fix only when it stays before the following event', () => {
    const p = bucket({ transitions: [{ days: 30, storageClass: 'Glacier Instant Retrieval' }, { days: 60, storageClass: 'Deep Archive' }], expirationDays: 100 });
    const findings = findingsOf(lifecycleMinimumDuration, p);
    expect(findings.map((f) => [f.path, f.fix?.label])).toEqual([
      [['lifecycleRules', '0', 'transitions', '1', 'days'], undefined],
      [['lifecycleRules', '0', 'expirationDays'], 'Move it to day 240'],
    ]);
    expect(findings[0]?.message).toContain('moves objects to Glacier Instant Retrieval on day 30 and moves them to Deep Archive on day 60, after 30 days: Glacier Instant Retrieval bills at least 90 days');

    const fixable = bucket({ transitions: [{ days: 30, storageClass: 'Glacier Instant Retrieval' }, { days: 60, storageClass: 'Deep Archive' }], expirationDays: 400 });
    const [finding] = findingsOf(lifecycleMinimumDuration, fixable);
    expect(finding?.fix?.operations).toEqual([{ op: 'set-config', nodeId: 'logs', path: ['lifecycleRules', '0', 'transitions', '1', 'days'], value: 120 }]);
    expect(findingsOf(lifecycleMinimumDuration, applyFix(fixable, finding!.fix!.operations))).toEqual([]);
  });

  it('starts from the class objects are written in', () => {
    const [finding] = findingsOf(lifecycleMinimumDuration, bucket({ expirationDays: 10 }, { storageClass: 'One Zone-IA' }));
    expect(finding?.message).toBe(
      'Logs: objects are written to One Zone-IA and lifecycle rule "logs" expires them on day 10, after 10 days: One Zone-IA bills at least 30 days, so S3 charges the 20 days left anyway (about $0.0066 per GB)',
    );
  });

  it('passes rules that respect every minimum, and disabled rules', () => {
    expect(findingsOf(lifecycleMinimumDuration, bucket({ transitions: [{ days: 30, storageClass: 'Standard-IA' }, { days: 90, storageClass: 'Glacier Flexible Retrieval' }], expirationDays: 365 }))).toEqual([]);
    expect(findingsOf(lifecycleMinimumDuration, bucket({ expirationDays: 1 }))).toEqual([]);
    expect(findingsOf(lifecycleMinimumDuration, bucket({ enabled: false, transitions: [{ days: 30, storageClass: 'Standard-IA' }], expirationDays: 45 }))).toEqual([]);
  });
});
