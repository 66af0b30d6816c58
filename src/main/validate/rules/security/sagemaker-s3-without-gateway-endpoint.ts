import { defaultConfig } from '../../../../shared/catalog/registry';
import type { FixOperation } from '../../../../shared/findings/finding';
import type { PipelineEdge, PipelineNode } from '../../../../shared/model/pipeline';
import { finding, type Rule } from '../../rule';

/** One column and row of the template grid (src/shared/templates/build.ts). */
const COLUMN = 260;
const ROW = 130;

/**
 * PW608: SageMaker in a VPC (or with network isolation) reading or writing an S3 bucket directly
 * instead of through an S3 gateway endpoint. One finding per direct edge; the fix reroutes it
 * through the endpoint the node already uses, or a new one (ids derive from the node's, so fixing
 * several edges adds one endpoint).
 */
export const sagemakerS3WithoutGatewayEndpoint: Rule = {
  code: 'PW608',
  scope: 'node',
  check(node, ctx) {
    const config = ctx.configOf(node, 'sagemaker');
    if (!config || (!config.vpc && !config.networkIsolation)) return [];
    const kindAt = (id: string) => ctx.nodesById.get(id)?.kind;
    const reads = ctx.incoming(node.id).filter((e) => kindAt(e.source) === 's3-bucket');
    const writes = ctx.outgoing(node.id).filter((e) => kindAt(e.target) === 's3-bucket');
    if (reads.length === 0 && writes.length === 0) return [];

    const neighbour = [...ctx.incoming(node.id).map((e) => e.source), ...ctx.outgoing(node.id).map((e) => e.target)].find((id) => kindAt(id) === 'vpc-endpoint');
    const endpointId = neighbour ?? `${node.id}-s3-endpoint`;
    const setup: FixOperation[] = [];
    if (!neighbour) {
      setup.push({
        op: 'add-node',
        node: { id: endpointId, kind: 'vpc-endpoint', label: 'S3 gateway endpoint', position: { x: node.position.x - COLUMN, y: node.position.y + ROW }, config: defaultConfig('vpc-endpoint') },
      });
    }
    // Network isolation alone keeps SageMaker out of your VPC: an endpoint serves only a VPC.
    if (!config.vpc) setup.push({ op: 'set-config', nodeId: node.id, path: ['vpc'], value: true });
    const hasEdge = (source: string, target: string) => ctx.edgesByNode.get(node.id)?.some((e) => e.source === source && e.target === target) ?? false;
    const where = config.vpc ? 'runs in a VPC' : 'runs with network isolation';

    const direct = (edge: PipelineEdge, bucket: PipelineNode, read: boolean) => {
      const operations: FixOperation[] = [...setup, { op: 'remove-edge', edgeId: edge.id }];
      if (read) {
        operations.push({ op: 'add-edge', edge: { id: `${edge.id}-via-endpoint`, source: bucket.id, target: endpointId, sourcePort: 'data', targetPort: 'from-s3' } });
        if (!hasEdge(endpointId, node.id)) operations.push({ op: 'add-edge', edge: { id: `${endpointId}-to-${node.id}`, source: endpointId, target: node.id, sourcePort: 'to-vpc', targetPort: 'objects' } });
      } else {
        if (!hasEdge(node.id, endpointId)) operations.push({ op: 'add-edge', edge: { id: `${node.id}-to-${endpointId}`, source: node.id, target: endpointId, sourcePort: 'artifacts', targetPort: 'from-vpc' } });
        operations.push({ op: 'add-edge', edge: { id: `${edge.id}-via-endpoint`, source: endpointId, target: bucket.id, sourcePort: 'to-s3', targetPort: 'objects' } });
      }
      const verb = read ? `reads ${bucket.label}` : `writes to ${bucket.label}`;
      return finding('PW608', `${node.label} ${where} but ${verb} directly: route it through an S3 gateway endpoint to keep the traffic private`, {
        nodeId: node.id,
        edgeId: edge.id,
        fix: { label: config.vpc ? 'Route through an S3 gateway endpoint' : 'Run in a VPC and route through an S3 gateway endpoint', operations },
      });
    };
    return [
      ...reads.map((e) => direct(e, ctx.nodesById.get(e.source)!, true)),
      ...writes.map((e) => direct(e, ctx.nodesById.get(e.target)!, false)),
    ];
  },
};
