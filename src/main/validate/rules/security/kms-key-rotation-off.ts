import { finding, type Rule } from '../../rule';

/** PW616: a symmetric KMS key without automatic rotation. */
export const kmsKeyRotationOff: Rule = {
  code: 'PW616',
  scope: 'node',
  check(node, ctx) {
    const config = ctx.configOf(node, 'kms-key');
    if (!config || config.rotationEnabled || config.keySpec !== 'SYMMETRIC_DEFAULT') return [];
    return [
      finding('PW616', `${node.label}: automatic rotation is off, so the same key material protects the data for as long as the key lives`, {
        nodeId: node.id,
        path: ['rotationEnabled'],
        fix: { label: 'Turn on automatic rotation', operations: [{ op: 'set-config', nodeId: node.id, path: ['rotationEnabled'], value: true }] },
      }),
    ];
  },
};
