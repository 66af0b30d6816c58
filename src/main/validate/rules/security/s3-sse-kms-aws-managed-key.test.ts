import { describe, expect, it } from 'vitest';
import { KMS_KEY_ARN } from '../../../../../test/fixtures/pipelines';
import { s3SseKmsAwsManagedKey } from './s3-sse-kms-aws-managed-key';
import { applyFix, findingsOf, pipelineOf } from '../testing';

describe('PW603 s3-sse-kms-aws-managed-key', () => {
  it('flags SSE-KMS with neither a key ARN nor a key node; the fix adds and connects a key', () => {
    const p = pipelineOf([{ id: 'lake', kind: 's3-bucket', label: 'Data lake', config: { encryption: 'SSE-KMS' } }]);
    const findings = findingsOf(s3SseKmsAwsManagedKey, p);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding).toMatchObject({
      code: 'PW603',
      severity: 'warning',
      message: 'Data lake: SSE-KMS without a key of your own uses the AWS managed key aws/s3, whose key policy you cannot control or share with other accounts',
      nodeId: 'lake',
      path: ['kmsKeyArn'],
      fix: {
        label: 'Add a customer managed KMS key',
        operations: [
          { op: 'add-node', node: { id: 'lake-key', kind: 'kms-key', label: 'Data lake key', position: { x: 0, y: -130 }, config: { keySpec: 'SYMMETRIC_DEFAULT', alias: 'alias/lake' } } },
          { op: 'add-edge', edge: { id: 'lake-key-edge', source: 'lake-key', target: 'lake', sourcePort: 'key', targetPort: 'key' } },
        ],
      },
    });
    expect(findingsOf(s3SseKmsAwsManagedKey, applyFix(p, finding!.fix!.operations))).toEqual([]);
  });

  it('passes SSE-KMS with a key ARN, with a key node, and other encryptions', () => {
    const p = pipelineOf(
      [
        { id: 'arn', kind: 's3-bucket', config: { encryption: 'SSE-KMS', kmsKeyArn: KMS_KEY_ARN } },
        { id: 'key', kind: 'kms-key' },
        { id: 'node', kind: 's3-bucket', config: { encryption: 'SSE-KMS' } },
        { id: 'sse-s3', kind: 's3-bucket' },
      ],
      [['key', 'node']],
    );
    expect(findingsOf(s3SseKmsAwsManagedKey, p)).toEqual([]);
  });
});
