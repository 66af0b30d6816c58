import { defaultConfig } from '../../../../shared/catalog/registry';
import type { FixOperation } from '../../../../shared/findings/finding';
import type { PipelineEdge, PipelineNode } from '../../../../shared/model/pipeline';
import type { RuleContext } from '../../rule';

/** One row of the template grid (src/shared/templates/build.ts): a new key goes one row above its store. */
const ROW = 130;

/** The KMS key nodes connected to a node, with their edges (node scope: the node's own edges and their other ends). */
export function connectedKeys(node: PipelineNode, ctx: RuleContext): { edge: PipelineEdge; key: PipelineNode }[] {
  return ctx.incoming(node.id).flatMap((edge) => {
    const key = ctx.nodesById.get(edge.source);
    return key?.kind === 'kms-key' ? [{ edge, key }] : [];
  });
}

/**
 * The operations that add a customer managed key next to `node` and connect it. Ids derive from
 * the node's, so applying the fix twice adds one key.
 */
export function addKeyOperations(node: PipelineNode): FixOperation[] {
  const keyId = `${node.id}-key`;
  const alias = `alias/${node.id.replace(/[^a-zA-Z0-9:/_-]/g, '-')}`.slice(0, 256);
  return [
    {
      op: 'add-node',
      node: { id: keyId, kind: 'kms-key', label: `${node.label} key`, position: { x: node.position.x, y: node.position.y - ROW }, config: { ...defaultConfig('kms-key'), alias } },
    },
    { op: 'add-edge', edge: { id: `${keyId}-edge`, source: keyId, target: node.id, sourcePort: 'key', targetPort: 'key' } },
  ];
}
