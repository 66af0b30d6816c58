import { KINDS, isKindId } from '../../../../shared/catalog/registry';
import { settingTitle } from '../../../../shared/catalog/settings';
import { finding, type Rule } from '../../rule';
import { encryptionSettingOf } from './encryption-settings';
import { connectedKeys } from './kms';

/**
 * PW614: a KMS key connected to a store whose encryption setting does not use it (S3 with SSE-S3,
 * DynamoDB with an AWS owned key…). Unencrypted values are PW601's and PW602's.
 */
export const kmsKeyNotUsed: Rule = {
  code: 'PW614',
  scope: 'node',
  check(node, ctx) {
    const setting = encryptionSettingOf(node);
    const customerKey = setting?.customerKey;
    if (!setting || !customerKey) return [];
    const keys = connectedKeys(node, ctx);
    if (keys.length === 0) return [];
    const value = setting.read(node, ctx);
    if (value === undefined || value === customerKey.value || value === setting.unencrypted?.value) return [];
    const title = isKindId(node.kind) ? settingTitle(KINDS[node.kind], setting.key) : setting.key;
    return [
      finding('PW614', `${node.label}: ${keys.map((k) => k.key.label).join(', ')} is connected but not used: ${title} is ${String(value)}`, {
        nodeId: node.id,
        path: [setting.key],
        fix: { label: customerKey.fixLabel, operations: [{ op: 'set-config', nodeId: node.id, path: [setting.key], value: customerKey.value }] },
      }),
    ];
  },
};
