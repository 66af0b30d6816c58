import type { KindId } from '../../../shared/catalog/registry';
import type { Pipeline, PipelineNode } from '../../../shared/model/pipeline';
import { parseConfig } from './config';
import type { LogicalIds } from './logical-ids';
import type { ConnectedNode, MapperContext } from './mapper';

/** What the mapper of `node` sees of the rest of the pipeline. */
export function mapperContext(pipeline: Pipeline, ids: LogicalIds, node: PipelineNode): MapperContext {
  const logicalId = ids.of(node.id);
  if (logicalId === undefined) throw new Error(`node ${node.id} has no logical id`);
  const outgoing = pipeline.edges.filter((edge) => edge.source === node.id);
  return {
    pipeline,
    logicalId,
    incoming: pipeline.edges.filter((edge) => edge.target === node.id),
    outgoing,
    logicalIdOf: (nodeId) => ids.of(nodeId),
    derivedId: (suffix) => ids.claim(`${logicalId}${suffix}`),
    targetsOfKind<K extends KindId>(kind: K): ConnectedNode<K>[] {
      const connected: ConnectedNode<K>[] = [];
      for (const edge of outgoing) {
        const target = pipeline.nodes.find((candidate) => candidate.id === edge.target);
        const targetId = target && ids.of(target.id);
        if (!target || target.kind !== kind || targetId === undefined) continue;
        if (connected.some((c) => c.node.id === target.id)) continue;
        connected.push({ node: target, config: parseConfig(kind, target), logicalId: targetId });
      }
      return connected;
    },
  };
}
