import { finding, type Rule } from '../../rule';

const SYMMETRIC = 'SYMMETRIC_DEFAULT';

/** PW610: a KMS key that is not SYMMETRIC_DEFAULT, connected to stores or jobs that encrypt with it. */
export const kmsKeyNotSymmetric: Rule = {
  code: 'PW610',
  scope: 'node',
  check(node, ctx) {
    if (node.kind !== 'kms-key') return [];
    // Read the raw setting: with rotation on, an asymmetric key spec makes the settings invalid (PW301) but is still this mistake.
    const spec = node.config.keySpec ?? SYMMETRIC;
    if (spec === SYMMETRIC) return [];
    const users = ctx.outgoing(node.id).flatMap((e) => ctx.nodesById.get(e.target)?.label ?? []);
    if (users.length === 0) return [];
    return [
      finding('PW610', `${node.label}: a ${String(spec)} key cannot encrypt data: ${users.join(', ')} need${users.length === 1 ? 's' : ''} a SYMMETRIC_DEFAULT key`, {
        nodeId: node.id,
        path: ['keySpec'],
        fix: { label: 'Use a symmetric key (SYMMETRIC_DEFAULT)', operations: [{ op: 'set-config', nodeId: node.id, path: ['keySpec'], value: SYMMETRIC }] },
      }),
    ];
  },
};
