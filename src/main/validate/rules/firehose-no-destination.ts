import { finding, type Rule } from '../rule';

/** PW202: a Firehose delivery stream with no outgoing edge. */
export const firehoseNoDestination: Rule = {
  code: 'PW202',
  check({ pipeline, edgesByNode }) {
    return pipeline.nodes
      .filter((node) => node.kind === 'kinesis-firehose' && !(edgesByNode.get(node.id) ?? []).some((e) => e.source === node.id))
      .map((node) => finding('PW202', `${node.label} has no destination: connect it to an S3 bucket`, { nodeId: node.id }));
  },
};
