import { finding, type Rule } from '../../rule';

/** PW202: a Firehose delivery stream with no destination edge and no HTTP endpoint. */
export const firehoseNoDestination: Rule = {
  code: 'PW202',
  scope: 'node',
  check(node, ctx) {
    const config = ctx.configOf(node, 'kinesis-firehose');
    if (node.kind !== 'kinesis-firehose' || config?.httpEndpoint.enabled) return [];
    if (ctx.outgoing(node.id).some((e) => (e.sourcePort ?? 'delivery') === 'delivery')) return [];
    return [finding('PW202', `${node.label} has no destination: connect it to an S3 bucket`, { nodeId: node.id })];
  },
};
