import { finding, type Rule } from '../../rule';
import { addCatalog } from './neighbour-fix';

/** PW208: a Glue crawler with no Data Catalog to write its table definitions to. */
export const crawlerNoCatalog: Rule = {
  code: 'PW208',
  scope: 'node',
  check(node, ctx) {
    if (node.kind !== 'glue-crawler') return [];
    if (ctx.outgoing(node.id).some((e) => ctx.nodesById.get(e.target)?.kind === 'glue-data-catalog')) return [];
    return [
      finding('PW208', `${node.label} writes its tables nowhere: connect it to a Glue Data Catalog`, {
        nodeId: node.id,
        fix: { label: 'Add a Glue Data Catalog', operations: addCatalog(node, 'out', 'tables') },
      }),
    ];
  },
};
