import { describe, expect, it } from 'vitest';
import { findingsOf, pipelineOf } from '../testing';
import { lifecycleExpiresEverything } from './lifecycle-expires-everything';

const bucket = (rule: Record<string, unknown>) => pipelineOf([{ id: 'scratch', kind: 's3-bucket', label: 'Scratch', config: { lifecycleRules: [{ id: 'cleanup', expirationDays: 7, ...rule }] } }]);

describe('PW505 lifecycle-expires-everything', () => {
  it('notes a rule with no filter that expires every object', () => {
    expect(findingsOf(lifecycleExpiresEverything, bucket({}))).toEqual([
      {
        code: 'PW505',
        severity: 'info',
        message: 'Scratch: lifecycle rule "cleanup" has no prefix or tag filter: every object in the bucket is deleted 7 days after it is written',
        nodeId: 'scratch',
        path: ['lifecycleRules', '0', 'expirationDays'],
      },
    ]);
  });

  it('passes filtered rules and rules without expiration', () => {
    expect(findingsOf(lifecycleExpiresEverything, bucket({ prefix: 'tmp/' }))).toEqual([]);
    expect(findingsOf(lifecycleExpiresEverything, bucket({ tags: [{ key: 'temporary', value: 'yes' }] }))).toEqual([]);
    expect(findingsOf(lifecycleExpiresEverything, bucket({ expirationDays: null }))).toEqual([]);
  });
});
