import { finding, type Rule } from '../../rule';

/** PW103: an edge whose source or target is not in the pipeline. */
export const danglingEdge: Rule = {
  code: 'PW103',
  scope: 'edge',
  check(edge, { nodesById }) {
    const missing = [edge.source, edge.target].filter((id) => !nodesById.has(id));
    if (missing.length === 0) return [];
    return [
      finding('PW103', `Edge ${edge.id} points to missing node ${missing.map((id) => `"${id}"`).join(' and ')}`, {
        edgeId: edge.id,
        fix: { label: 'Delete the edge', operations: [{ op: 'remove-edge', edgeId: edge.id }] },
      }),
    ];
  },
};
