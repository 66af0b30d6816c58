import { finding, type Rule } from '../../rule';
import { addCatalog } from './neighbour-fix';

/** PW206: Athena without a Glue Data Catalog for its tables or without the S3 data they describe. */
export const athenaNoCatalog: Rule = {
  code: 'PW206',
  scope: 'node',
  check(node, ctx) {
    if (node.kind !== 'athena') return [];
    const sources = ctx.incoming(node.id).map((e) => ctx.nodesById.get(e.source)?.kind);
    const hasCatalog = sources.includes('glue-data-catalog');
    const hasData = sources.includes('s3-bucket');
    if (hasCatalog && hasData) return [];
    if (!hasCatalog) {
      return [
        finding('PW206', `${node.label} has no tables to query: connect a Glue Data Catalog${hasData ? '' : ' and the S3 bucket its tables describe'}`, {
          nodeId: node.id,
          fix: { label: 'Add a Glue Data Catalog', operations: addCatalog(node, 'in', 'tables') },
        }),
      ];
    }
    return [finding('PW206', `${node.label}: its tables describe no data: connect the S3 bucket they are over`, { nodeId: node.id })];
  },
};
