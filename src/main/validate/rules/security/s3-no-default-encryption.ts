import { finding, type Rule } from '../../rule';

/** PW601: a bucket with no default encryption declared. */
export const s3NoDefaultEncryption: Rule = {
  code: 'PW601',
  scope: 'node',
  check(node, ctx) {
    if (ctx.configOf(node, 's3-bucket')?.encryption !== 'none') return [];
    return [
      finding('PW601', `${node.label}: no default encryption declared`, {
        nodeId: node.id,
        path: ['encryption'],
        fix: { label: 'Use SSE-S3', operations: [{ op: 'set-config', nodeId: node.id, path: ['encryption'], value: 'SSE-S3' }] },
      }),
    ];
  },
};
