import { finding, type Rule } from '../../rule';

/** PW104: a node with no edges at all. */
export const unconnectedNode: Rule = {
  code: 'PW104',
  scope: 'node',
  check: (node, { edgesByNode }) => (edgesByNode.has(node.id) ? [] : [finding('PW104', `${node.label} is not connected to anything`, { nodeId: node.id })]),
};
