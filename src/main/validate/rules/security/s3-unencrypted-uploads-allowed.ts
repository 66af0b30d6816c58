import { finding, type Rule } from '../../rule';
import { sensitiveTag } from './sensitive-data';

/** PW605: a bucket holding sensitive data (by its classification tag) whose policy does not deny unencrypted uploads. */
export const s3UnencryptedUploadsAllowed: Rule = {
  code: 'PW605',
  scope: 'node',
  check(node, ctx) {
    const config = ctx.configOf(node, 's3-bucket');
    if (!config || config.denyUnencryptedUploads) return [];
    const tag = sensitiveTag(config.tags);
    if (!tag) return [];
    return [
      finding(
        'PW605',
        `${node.label}: holds ${tag.key}=${tag.value} data but the bucket policy does not deny uploads without the encryption header (writers must then send it: the policy is checked before default encryption)`,
        {
          nodeId: node.id,
          path: ['denyUnencryptedUploads'],
          fix: { label: 'Deny unencrypted uploads', operations: [{ op: 'set-config', nodeId: node.id, path: ['denyUnencryptedUploads'], value: true }] },
        },
      ),
    ];
  },
};
