import { finding, type Rule } from '../../rule';

/** PW101: two nodes, or two edges, share an id. */
export const duplicateId: Rule = {
  code: 'PW101',
  scope: 'pipeline',
  check({ pipeline }) {
    const seen = new Set<string>();
    const findings = [];
    for (const item of [...pipeline.nodes, ...pipeline.edges]) {
      if (seen.has(item.id)) {
        const where = 'kind' in item ? { nodeId: item.id } : { edgeId: item.id };
        findings.push(finding('PW101', `The id "${item.id}" is used more than once`, where));
      }
      seen.add(item.id);
    }
    return findings;
  },
};
