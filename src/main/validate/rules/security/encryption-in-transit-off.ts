import type { ConfigOf } from '../../../../shared/catalog/registry';
import type { PipelineNode } from '../../../../shared/model/pipeline';
import { finding, type Rule, type RuleContext } from '../../rule';

/** The in-transit encryption settings, each with what its being off exposes. */
interface TransitSetting {
  readonly key: string;
  readonly message: string;
  readonly fixLabel: string;
}

const OPENSEARCH: readonly TransitSetting[] = [
  { key: 'enforceHttps', message: 'the domain endpoint accepts plain HTTP requests', fixLabel: 'Require HTTPS' },
  { key: 'nodeToNodeEncryption', message: 'node-to-node encryption is off: data travels between the nodes without TLS', fixLabel: 'Turn on node-to-node encryption' },
];
const ELASTICACHE: readonly TransitSetting[] = [{ key: 'encryptionInTransit', message: 'encryption in transit is off: clients and replicas exchange data without TLS', fixLabel: 'Turn on encryption in transit' }];

/** The settings of the node that are off (false), by kind. */
function offSettings(node: PipelineNode, ctx: RuleContext): readonly TransitSetting[] {
  const opensearch = ctx.configOf(node, 'opensearch');
  if (opensearch) return OPENSEARCH.filter((s) => opensearch[s.key as keyof ConfigOf<'opensearch'>] === false);
  const elasticache = ctx.configOf(node, 'elasticache');
  if (elasticache) return ELASTICACHE.filter((s) => elasticache[s.key as keyof ConfigOf<'elasticache'>] === false);
  return [];
}

/** PW613: an OpenSearch domain or ElastiCache cluster that lets data travel without TLS. */
export const encryptionInTransitOff: Rule = {
  code: 'PW613',
  scope: 'node',
  check(node, ctx) {
    return offSettings(node, ctx).map((s) =>
      finding('PW613', `${node.label}: ${s.message}`, {
        nodeId: node.id,
        path: [s.key],
        fix: { label: s.fixLabel, operations: [{ op: 'set-config', nodeId: node.id, path: [s.key], value: true }] },
      }),
    );
  },
};
