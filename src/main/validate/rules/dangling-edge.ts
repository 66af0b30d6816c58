import { finding, type Rule } from '../rule';

/** PW103: an edge whose source or target is not in the pipeline. */
export const danglingEdge: Rule = {
  code: 'PW103',
  check({ pipeline, nodesById }) {
    return pipeline.edges
      .filter((edge) => !nodesById.has(edge.source) || !nodesById.has(edge.target))
      .map((edge) => {
        const missing = [edge.source, edge.target].filter((id) => !nodesById.has(id));
        return finding('PW103', `Edge ${edge.id} points to missing node ${missing.map((id) => `"${id}"`).join(' and ')}`, {
          edgeId: edge.id,
          fix: { label: 'Delete the edge', operations: [{ op: 'remove-edge', edgeId: edge.id }] },
        });
      });
  },
};
