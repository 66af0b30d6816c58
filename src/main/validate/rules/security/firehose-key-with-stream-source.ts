import { finding, type Rule } from '../../rule';
import { connectedKeys } from './kms';

/** PW612: a KMS key connected to a Firehose that reads a Kinesis data stream (SSE applies to Direct PUT only). */
export const firehoseKeyWithStreamSource: Rule = {
  code: 'PW612',
  scope: 'node',
  check(node, ctx) {
    if (node.kind !== 'kinesis-firehose') return [];
    const stream = ctx.incoming(node.id).map((e) => ctx.nodesById.get(e.source)).find((n) => n?.kind === 'kinesis-data-stream');
    if (!stream) return [];
    return connectedKeys(node, ctx).map(({ edge, key }) =>
      finding('PW612', `${node.label} reads ${stream.label}, so ${key.label} is never used: Firehose encrypts only Direct PUT records; connect the key to ${stream.label} instead`, {
        nodeId: node.id,
        edgeId: edge.id,
        fix: { label: `Disconnect ${key.label}`, operations: [{ op: 'remove-edge', edgeId: edge.id }] },
      }),
    );
  },
};
