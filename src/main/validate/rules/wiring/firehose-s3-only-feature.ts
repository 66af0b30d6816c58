import { kindOf } from '../../../../shared/catalog/registry';
import type { Finding } from '../../../../shared/findings/finding';
import { finding, type Rule } from '../../rule';

/** PW205: record format conversion or dynamic partitioning on a Firehose whose destination is not S3. */
export const firehoseS3OnlyFeature: Rule = {
  code: 'PW205',
  scope: 'node',
  check(node, ctx) {
    const config = ctx.configOf(node, 'kinesis-firehose');
    if (!config) return [];
    const destination = ctx
      .outgoing(node.id)
      .filter((e) => (e.sourcePort ?? 'delivery') === 'delivery')
      .map((e) => ctx.nodesById.get(e.target))
      .find((n) => n !== undefined && n.kind !== 's3-bucket' && kindOf(n.kind) !== undefined);
    const elsewhere = config.httpEndpoint.enabled ? 'an HTTP endpoint' : destination?.label;
    if (!elsewhere) return [];
    const findings: Finding[] = [];
    if (config.recordFormatConversion.format !== 'none') {
      findings.push(
        finding('PW205', `${node.label}: ${config.recordFormatConversion.format} conversion works only with S3, and it delivers to ${elsewhere}`, {
          nodeId: node.id,
          path: ['recordFormatConversion'],
          fix: { label: 'Turn format conversion off', operations: [{ op: 'set-config', nodeId: node.id, path: ['recordFormatConversion'], value: { format: 'none' } }] },
        }),
      );
    }
    if (config.dynamicPartitioning.enabled) {
      findings.push(
        finding('PW205', `${node.label}: dynamic partitioning works only with S3, and it delivers to ${elsewhere}`, {
          nodeId: node.id,
          path: ['dynamicPartitioning', 'enabled'],
          fix: { label: 'Turn dynamic partitioning off', operations: [{ op: 'set-config', nodeId: node.id, path: ['dynamicPartitioning', 'enabled'], value: false }] },
        }),
      );
    }
    return findings;
  },
};
