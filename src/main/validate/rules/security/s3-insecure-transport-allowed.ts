import { finding, type Rule } from '../../rule';

/** PW604: a bucket whose policy does not deny requests made without TLS. */
export const s3InsecureTransportAllowed: Rule = {
  code: 'PW604',
  scope: 'node',
  check(node, ctx) {
    if (ctx.configOf(node, 's3-bucket')?.denyInsecureTransport !== false) return [];
    return [
      finding('PW604', `${node.label}: the bucket policy does not deny non-TLS requests, so objects can be read and written over plain HTTP`, {
        nodeId: node.id,
        path: ['denyInsecureTransport'],
        fix: { label: 'Deny non-TLS requests', operations: [{ op: 'set-config', nodeId: node.id, path: ['denyInsecureTransport'], value: true }] },
      }),
    ];
  },
};
