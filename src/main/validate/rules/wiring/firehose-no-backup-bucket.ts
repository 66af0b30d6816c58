import { KINDS } from '../../../../shared/catalog/registry';
import { finding, type Rule } from '../../rule';
import { addStagingBucket } from './neighbour-fix';

/**
 * PW211: a Firehose destination for which AWS requires an S3 backup bucket (OpenSearch, Splunk, an
 * HTTP endpoint, or S3 with every record backed up), with none on the staging/backup port.
 * Redshift's staging bucket is PW203's.
 */
export const firehoseNoBackupBucket: Rule = {
  code: 'PW211',
  scope: 'node',
  check(node, ctx) {
    const config = ctx.configOf(node, 'kinesis-firehose');
    if (!config) return [];
    const out = ctx.outgoing(node.id);
    if (out.some((e) => e.sourcePort === 'staging' && ctx.nodesById.get(e.target)?.kind === 's3-bucket')) return [];
    const destination = out.map((e) => ((e.sourcePort ?? 'delivery') === 'delivery' ? ctx.nodesById.get(e.target) : undefined)).find((n) => n !== undefined);
    let why: { text: string; path?: string[] } | undefined;
    if (config.httpEndpoint.enabled) why = { text: 'its HTTP endpoint destination', path: ['httpEndpoint', 'enabled'] };
    else if (destination?.kind === 'opensearch' || destination?.kind === 'splunk') why = { text: `its ${KINDS[destination.kind].shortTitle} destination ${destination.label}` };
    else if (destination?.kind === 's3-bucket' && config.s3BackupMode === 'All') why = { text: 'backing up all source records', path: ['s3BackupMode'] };
    if (!why) return [];
    return [
      finding('PW211', `${node.label}: ${why.text} needs an S3 backup bucket: connect one to its staging/backup port`, {
        nodeId: node.id,
        ...(why.path ? { path: why.path } : {}),
        fix: { label: 'Add an S3 backup bucket', operations: addStagingBucket(node, `${node.label} backup`) },
      }),
    ];
  },
};
