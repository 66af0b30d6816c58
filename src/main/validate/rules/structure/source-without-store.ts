import { kindOf } from '../../../../shared/catalog/registry';
import type { PipelineNode } from '../../../../shared/model/pipeline';
import { finding, type Rule, type RuleContext } from '../../rule';
import { dataGraph } from './data-graph';

/** Where data is kept: a store, or a Firehose delivering to an HTTP endpoint (a destination that is not a node). */
function keeps(node: PipelineNode, ctx: RuleContext): boolean {
  return kindOf(node.kind)?.category === 'storage' || ctx.configOf(node, 'kinesis-firehose')?.httpEndpoint.enabled === true;
}

/**
 * PW105: a source from which no data path reaches a store. One backward search from every store
 * marks what can reach one, so the rule stays linear however many sources there are.
 */
export const sourceWithoutStore: Rule = {
  code: 'PW105',
  scope: 'pipeline',
  check(ctx) {
    const graph = dataGraph(ctx);
    const reaches = new Set(graph.stations.filter((s) => keeps(graph.nodeOf.get(s)!, ctx)));
    const queue = [...reaches];
    while (queue.length > 0) {
      for (const before of graph.previous.get(queue.pop()!) ?? []) {
        if (reaches.has(before)) continue;
        reaches.add(before);
        queue.push(before);
      }
    }
    return ctx.pipeline.nodes
      // A source with no edges at all is PW104's.
      .filter((node) => kindOf(node.kind)?.category === 'sources' && ctx.edgesByNode.has(node.id) && !reaches.has(node.id))
      .map((node) =>
        finding('PW105', `${node.label}: no data path reaches a store (S3, a database, a warehouse…): what it sends is processed and then lost`, { nodeId: node.id }),
      );
  },
};
