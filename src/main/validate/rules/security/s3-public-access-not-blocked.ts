import { finding, type Rule } from '../../rule';

/** PW606: a bucket with S3 Block Public Access turned off. */
export const s3PublicAccessNotBlocked: Rule = {
  code: 'PW606',
  scope: 'node',
  check(node, ctx) {
    if (ctx.configOf(node, 's3-bucket')?.blockPublicAccess !== false) return [];
    return [
      finding('PW606', `${node.label}: public access is not blocked, so one bucket policy or ACL can make its objects public`, {
        nodeId: node.id,
        path: ['blockPublicAccess'],
        fix: { label: 'Block public access', operations: [{ op: 'set-config', nodeId: node.id, path: ['blockPublicAccess'], value: true }] },
      }),
    ];
  },
};
