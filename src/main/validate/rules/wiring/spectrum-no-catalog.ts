import { finding, type Rule } from '../../rule';
import { addCatalog } from './neighbour-fix';

/** PW207: Redshift Spectrum turned on without a Glue Data Catalog for its external schema or without S3 data. */
export const spectrumNoCatalog: Rule = {
  code: 'PW207',
  scope: 'node',
  check(node, ctx) {
    if (!ctx.configOf(node, 'redshift')?.spectrum.enabled) return [];
    const sources = ctx.incoming(node.id).map((e) => ctx.nodesById.get(e.source)?.kind);
    const hasCatalog = sources.includes('glue-data-catalog');
    const hasData = sources.includes('s3-bucket');
    if (hasCatalog && hasData) return [];
    const where = { nodeId: node.id, path: ['spectrum', 'enabled'] };
    if (!hasCatalog) {
      return [
        finding('PW207', `${node.label}: Spectrum's external schema comes from a Glue Data Catalog: connect one${hasData ? '' : ', and the S3 bucket it describes'}`, {
          ...where,
          fix: { label: 'Add a Glue Data Catalog', operations: addCatalog(node, 'in', 'tables') },
        }),
      ];
    }
    return [
      finding('PW207', `${node.label}: Spectrum queries files in S3: connect the bucket its external tables are over`, {
        ...where,
        fix: { label: 'Turn Spectrum off', operations: [{ op: 'set-config', nodeId: node.id, path: ['spectrum', 'enabled'], value: false }] },
      }),
    ];
  },
};
