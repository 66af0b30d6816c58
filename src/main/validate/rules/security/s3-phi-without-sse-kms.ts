import { finding, type Rule } from '../../rule';
import { holdsPhi } from './sensitive-data';

/** PW607: a bucket tagged Classification=PHI that is not encrypted with SSE-KMS. */
export const s3PhiWithoutSseKms: Rule = {
  code: 'PW607',
  scope: 'node',
  check(node, ctx) {
    const config = ctx.configOf(node, 's3-bucket');
    if (!config || config.encryption === 'SSE-KMS' || !holdsPhi(config.tags)) return [];
    const now = config.encryption === 'none' ? 'has no default encryption' : `is encrypted with ${config.encryption}`;
    return [
      finding('PW607', `${node.label}: tagged Classification=PHI but ${now}: health data needs SSE-KMS, so that reading it needs the key and every use is audited`, {
        nodeId: node.id,
        path: ['encryption'],
        fix: { label: 'Use SSE-KMS', operations: [{ op: 'set-config', nodeId: node.id, path: ['encryption'], value: 'SSE-KMS' }] },
      }),
    ];
  },
};
