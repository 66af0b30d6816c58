import { describe, expect, it } from 'vitest';
import type { KindId } from '../../../../shared/catalog/registry';
import { customerKeyMissing } from './customer-key-missing';
import { applyFix, findingsOf, pipelineOf } from '../testing';

describe('PW615 customer-key-missing', () => {
  const cases: [KindId, string][] = [
    ['redshift', 'KMS key'],
    ['dynamodb-table', 'customer managed key'],
    ['kinesis-video-stream', 'customer managed key'],
  ];

  it.each(cases)('flags %s set to %s with no key connected; the fix adds one', (kind, value) => {
    const p = pipelineOf([{ id: 'store', kind, label: 'Store', config: { encryption: value } }]);
    const findings = findingsOf(customerKeyMissing, p);
    expect(findings).toEqual([
      {
        code: 'PW615',
        severity: 'warning',
        message: `Store: encryption is set to ${value} but no KMS key is connected`,
        nodeId: 'store',
        path: ['encryption'],
        fix: {
          label: 'Add a customer managed KMS key',
          operations: [
            { op: 'add-node', node: expect.objectContaining({ id: 'store-key', kind: 'kms-key', label: 'Store key' }) },
            { op: 'add-edge', edge: { id: 'store-key-edge', source: 'store-key', target: 'store', sourcePort: 'key', targetPort: 'key' } },
          ],
        },
      },
    ]);
    expect(findingsOf(customerKeyMissing, applyFix(p, findings[0]!.fix!.operations))).toEqual([]);
  });

  it('passes a customer key that is connected and AWS keys', () => {
    const p = pipelineOf(
      [
        { id: 'key', kind: 'kms-key' },
        { id: 'ddb', kind: 'dynamodb-table', config: { encryption: 'customer managed key' } },
        { id: 'wh', kind: 'redshift' },
        { id: 'lake', kind: 's3-bucket', config: { encryption: 'SSE-KMS' } },
      ],
      [['key', 'ddb']],
    );
    expect(findingsOf(customerKeyMissing, p)).toEqual([]);
  });
});
