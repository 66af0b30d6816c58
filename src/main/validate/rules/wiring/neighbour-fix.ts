import { defaultConfig, type KindId } from '../../../../shared/catalog/registry';
import type { FixOperation } from '../../../../shared/findings/finding';
import type { PipelineNode } from '../../../../shared/model/pipeline';

/** One grid step on the canvas (the templates' layout grid). */
export const COLUMN = 260;
export const ROW = 130;

/**
 * The operations of a fix that adds a node of `kind` with its default settings beside `node` and
 * connects the two. Ids derive from the node's id (`<node>-<suffix>`, `<node>-<suffix>-edge`), so
 * applying the fix twice adds nothing more.
 */
export function addNeighbour(
  node: PipelineNode,
  neighbour: { kind: KindId; suffix: string; label: string; offset: readonly [dx: number, dy: number] },
  edge: { direction: 'out' | 'in'; sourcePort: string; targetPort: string },
): FixOperation[] {
  const id = `${node.id}-${neighbour.suffix}`;
  const [source, target] = edge.direction === 'out' ? [node.id, id] : [id, node.id];
  return [
    {
      op: 'add-node',
      node: { id, kind: neighbour.kind, label: neighbour.label, position: { x: node.position.x + neighbour.offset[0], y: node.position.y + neighbour.offset[1] }, config: defaultConfig(neighbour.kind) },
    },
    { op: 'add-edge', edge: { id: `${id}-edge`, source, target, sourcePort: edge.sourcePort, targetPort: edge.targetPort } },
  ];
}

/** A new S3 bucket on a Firehose's staging/backup port, below and to the right of it. */
export function addStagingBucket(firehose: PipelineNode, label: string): FixOperation[] {
  return addNeighbour(firehose, { kind: 's3-bucket', suffix: 'staging', label, offset: [COLUMN, ROW] }, { direction: 'out', sourcePort: 'staging', targetPort: 'objects' });
}

/** A new Glue Data Catalog beside `node`, connected to the node's `port` (into it, or out of it for writers such as crawlers). */
export function addCatalog(node: PipelineNode, direction: 'in' | 'out', port: string): FixOperation[] {
  return addNeighbour(
    node,
    { kind: 'glue-data-catalog', suffix: 'catalog', label: 'Data catalog', offset: direction === 'in' ? [-COLUMN, ROW] : [COLUMN, ROW] },
    direction === 'in' ? { direction: 'in', sourcePort: 'tables', targetPort: port } : { direction: 'out', sourcePort: port, targetPort: 'tables' },
  );
}
