import { finding, type Rule } from '../../rule';

/** PW611: Redshift exchanging data with S3 (COPY, Spectrum, UNLOAD, Firehose staging) without enhanced VPC routing. */
export const redshiftEnhancedVpcRoutingOff: Rule = {
  code: 'PW611',
  scope: 'node',
  check(node, ctx) {
    const config = ctx.configOf(node, 'redshift');
    if (!config || config.enhancedVpcRouting) return [];
    const traffic = new Set<string>();
    for (const edge of ctx.edgesByNode.get(node.id) ?? []) {
      const other = ctx.nodesById.get(edge.source === node.id ? edge.target : edge.source);
      if (!other || ctx.edgeKind(edge) !== 'data') continue;
      if (other.kind === 's3-bucket') traffic.add(other.label);
      // Firehose stages its batches in S3 and has Redshift COPY them from there.
      else if (other.kind === 'kinesis-firehose' && edge.target === node.id) traffic.add(`${other.label}'s staging bucket`);
    }
    if (traffic.size === 0) return [];
    return [
      finding('PW611', `${node.label}: enhanced VPC routing is off, so its S3 traffic (${[...traffic].join(', ')}) takes the internet route, outside the VPC's endpoint policies and flow logs`, {
        nodeId: node.id,
        path: ['enhancedVpcRouting'],
        fix: { label: 'Turn on enhanced VPC routing (the VPC then needs an S3 gateway endpoint)', operations: [{ op: 'set-config', nodeId: node.id, path: ['enhancedVpcRouting'], value: true }] },
      }),
    ];
  },
};
