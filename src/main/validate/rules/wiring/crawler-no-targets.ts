import { finding, type Rule } from '../../rule';

/** PW213: a Glue crawler with no store connected and no target path listed. */
export const crawlerNoTargets: Rule = {
  code: 'PW213',
  scope: 'node',
  check(node, ctx) {
    const config = ctx.configOf(node, 'glue-crawler');
    if (!config || config.targets.length > 0) return [];
    if (ctx.incoming(node.id).some((e) => ctx.edgeKind(e) === 'data')) return [];
    return [finding('PW213', `${node.label} has nothing to crawl: connect the stores it reads (S3, RDS, Redshift, DynamoDB) or list their paths`, { nodeId: node.id, path: ['targets'] })];
  },
};
