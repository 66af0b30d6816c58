import { finding, type Rule } from '../../rule';

/** PW210: a Firehose that reads a Kinesis data stream and also takes other records (Direct PUT, or a second stream). */
export const firehoseStreamSourceExclusive: Rule = {
  code: 'PW210',
  scope: 'node',
  check(node, ctx) {
    if (node.kind !== 'kinesis-firehose') return [];
    const inputs = ctx.incoming(node.id).filter((e) => ctx.edgeKind(e) === 'data' && ctx.nodesById.has(e.source));
    const stream = inputs.find((e) => ctx.nodesById.get(e.source)!.kind === 'kinesis-data-stream');
    if (!stream || inputs.length === 1) return [];
    const others = inputs.filter((e) => e !== stream);
    const names = others.map((e) => ctx.nodesById.get(e.source)!.label).join(', ');
    return [
      finding('PW210', `${node.label} reads the data stream ${ctx.nodesById.get(stream.source)!.label}, so it takes no other input: ${names} must write to the stream instead`, {
        nodeId: node.id,
        fix: { label: `Disconnect ${names}`, operations: others.map((e) => ({ op: 'remove-edge' as const, edgeId: e.id })) },
      }),
    ];
  },
};
