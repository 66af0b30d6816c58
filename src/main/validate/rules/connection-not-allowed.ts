import { checkConnection } from '../../../shared/catalog/connections';
import { finding, type Rule } from '../rule';

/** PW201: an edge that the catalog's connection rules refuse (drawn elsewhere, or edited by hand). */
export const connectionNotAllowed: Rule = {
  code: 'PW201',
  check({ pipeline, nodesById }) {
    return pipeline.edges
      .filter((edge) => nodesById.has(edge.source) && nodesById.has(edge.target))
      .flatMap((edge) => {
        const verdict = checkConnection(pipeline, edge, edge.id);
        if (verdict.ok) return [];
        const label = (id: string) => nodesById.get(id)!.label;
        return [
          finding('PW201', `${label(edge.source)} → ${label(edge.target)}: ${verdict.reason}`, {
            edgeId: edge.id,
            fix: { label: 'Delete the connection', operations: [{ op: 'remove-edge', edgeId: edge.id }] },
          }),
        ];
      });
  },
};
