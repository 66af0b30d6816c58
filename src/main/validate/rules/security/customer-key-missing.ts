import { finding, type Rule } from '../../rule';
import { encryptionSettingOf } from './encryption-settings';
import { addKeyOperations, connectedKeys } from './kms';

/** PW615: a store set to a customer managed key (Redshift, DynamoDB, Kinesis Video Streams) with no KMS key node connected. */
export const customerKeyMissing: Rule = {
  code: 'PW615',
  scope: 'node',
  check(node, ctx) {
    const setting = encryptionSettingOf(node);
    if (!setting?.customerKeyNeedsNode || !setting.customerKey) return [];
    if (setting.read(node, ctx) !== setting.customerKey.value || connectedKeys(node, ctx).length > 0) return [];
    return [
      finding('PW615', `${node.label}: encryption is set to ${String(setting.customerKey.value)} but no KMS key is connected`, {
        nodeId: node.id,
        path: [setting.key],
        fix: { label: 'Add a customer managed KMS key', operations: addKeyOperations(node) },
      }),
    ];
  },
};
