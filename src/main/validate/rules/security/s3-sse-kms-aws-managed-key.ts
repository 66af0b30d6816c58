import { finding, type Rule } from '../../rule';
import { addKeyOperations, connectedKeys } from './kms';

/** PW603: a bucket encrypting with SSE-KMS under the AWS managed key aws/s3 (no key ARN, no KMS key node). */
export const s3SseKmsAwsManagedKey: Rule = {
  code: 'PW603',
  scope: 'node',
  check(node, ctx) {
    const config = ctx.configOf(node, 's3-bucket');
    if (config?.encryption !== 'SSE-KMS' || config.kmsKeyArn !== '' || connectedKeys(node, ctx).length > 0) return [];
    return [
      finding('PW603', `${node.label}: SSE-KMS without a key of your own uses the AWS managed key aws/s3, whose key policy you cannot control or share with other accounts`, {
        nodeId: node.id,
        path: ['kmsKeyArn'],
        fix: { label: 'Add a customer managed KMS key', operations: addKeyOperations(node) },
      }),
    ];
  },
};
