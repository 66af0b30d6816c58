import { checkConnection } from '../../../../shared/catalog/connections';
import { finding, type Rule } from '../../rule';

/** PW201: an edge that the catalog's connection rules refuse (drawn elsewhere, or edited by hand). */
export const connectionNotAllowed: Rule = {
  code: 'PW201',
  scope: 'edge',
  check(edge, { pipeline, nodesById, index }) {
    const source = nodesById.get(edge.source);
    const target = nodesById.get(edge.target);
    if (!source || !target) return [];
    const verdict = checkConnection(pipeline, edge, edge.id, index);
    if (verdict.ok) return [];
    return [
      finding('PW201', `${source.label} → ${target.label}: ${verdict.reason}`, {
        edgeId: edge.id,
        fix: { label: 'Delete the connection', operations: [{ op: 'remove-edge', edgeId: edge.id }] },
      }),
    ];
  },
};
