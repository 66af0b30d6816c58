import { finding, type Rule } from '../../rule';
import { addStagingBucket } from './neighbour-fix';

/** PW203: a Firehose delivering to Redshift without the S3 bucket it stages batches in before COPY. */
export const firehoseRedshiftNoStaging: Rule = {
  code: 'PW203',
  scope: 'node',
  check(node, ctx) {
    if (node.kind !== 'kinesis-firehose') return [];
    const out = ctx.outgoing(node.id);
    const warehouse = out.map((e) => ((e.sourcePort ?? 'delivery') === 'delivery' ? ctx.nodesById.get(e.target) : undefined)).find((n) => n?.kind === 'redshift');
    if (!warehouse) return [];
    if (out.some((e) => e.sourcePort === 'staging' && ctx.nodesById.get(e.target)?.kind === 's3-bucket')) return [];
    return [
      finding('PW203', `${node.label} delivers to ${warehouse.label} by COPY from S3: connect an S3 staging bucket to its staging port`, {
        nodeId: node.id,
        fix: { label: 'Add an S3 staging bucket', operations: addStagingBucket(node, `${warehouse.label} staging`) },
      }),
    ];
  },
};
