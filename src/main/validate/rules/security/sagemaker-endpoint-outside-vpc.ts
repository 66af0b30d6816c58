import { finding, type Rule } from '../../rule';

/** PW617: SageMaker connected to an S3 gateway endpoint but not set to run in a VPC, so the endpoint is bypassed. */
export const sagemakerEndpointOutsideVpc: Rule = {
  code: 'PW617',
  scope: 'node',
  check(node, ctx) {
    const config = ctx.configOf(node, 'sagemaker');
    if (!config || config.vpc) return [];
    const endpoint = (ctx.edgesByNode.get(node.id) ?? [])
      .map((e) => ctx.nodesById.get(e.source === node.id ? e.target : e.source))
      .find((n) => n?.kind === 'vpc-endpoint');
    if (!endpoint) return [];
    return [
      finding('PW617', `${node.label} uses ${endpoint.label} but does not run in a VPC: its S3 traffic bypasses the endpoint and its policy`, {
        nodeId: node.id,
        path: ['vpc'],
        fix: { label: 'Run in a VPC', operations: [{ op: 'set-config', nodeId: node.id, path: ['vpc'], value: true }] },
      }),
    ];
  },
};
