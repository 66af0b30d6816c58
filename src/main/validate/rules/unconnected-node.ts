import { finding, type Rule } from '../rule';

/** PW104: a node with no edges at all. */
export const unconnectedNode: Rule = {
  code: 'PW104',
  check({ pipeline, edgesByNode }) {
    return pipeline.nodes
      .filter((node) => !edgesByNode.has(node.id))
      .map((node) => finding('PW104', `${node.label} is not connected to anything`, { nodeId: node.id }));
  },
};
