import { finding, type Rule } from '../../rule';
import { encryptionSettingOf } from './encryption-settings';
import { connectedKeys } from './kms';

/** PW602: a stream, warehouse, database, search domain, cache or Athena workgroup storing data unencrypted (buckets: PW601). */
export const encryptionAtRestOff: Rule = {
  code: 'PW602',
  scope: 'node',
  check(node, ctx) {
    const setting = encryptionSettingOf(node);
    const unencrypted = setting?.unencrypted;
    if (!setting || !unencrypted || setting.unencryptedReportedElsewhere) return [];
    if (setting.read(node, ctx) !== unencrypted.value) return [];
    // With a key already connected, encrypt with it rather than with an AWS key.
    const withKey = setting.customerKey && connectedKeys(node, ctx).length > 0 ? setting.customerKey : undefined;
    return [
      finding('PW602', `${node.label}: ${unencrypted.message}`, {
        nodeId: node.id,
        path: [setting.key],
        fix: {
          label: withKey?.fixLabel ?? unencrypted.fixLabel,
          operations: [{ op: 'set-config', nodeId: node.id, path: [setting.key], value: withKey ? withKey.value : unencrypted.fix }],
        },
      }),
    ];
  },
};
