import { FIREHOSE_LIMITS_TABLE } from '../../../../shared/catalog/limits/firehose';
import { finding, type Rule } from '../../rule';

const MIN_MIB = FIREHOSE_LIMITS_TABLE.bufferSizeMinMiBColumnarOrPartitioned.value;

/** PW304: a Firehose converting to Parquet/ORC or partitioning dynamically with a buffer under 64 MiB. */
export const firehoseBufferTooSmall: Rule = {
  code: 'PW304',
  scope: 'node',
  check(node, ctx) {
    const config = ctx.configOf(node, 'kinesis-firehose');
    if (!config || config.bufferSizeMiB >= MIN_MIB) return [];
    const format = config.recordFormatConversion.format;
    const needs = [format !== 'none' ? `${format} conversion` : '', config.dynamicPartitioning.enabled ? 'dynamic partitioning' : ''].filter(Boolean).join(' and ');
    if (!needs) return [];
    return [
      finding('PW304', `${node.label}: ${needs} need${needs.includes(' and ') ? '' : 's'} a buffer of at least ${MIN_MIB} MiB, not ${config.bufferSizeMiB} MiB`, {
        nodeId: node.id,
        path: ['bufferSizeMiB'],
        fix: { label: `Set the buffer size to ${MIN_MIB} MiB`, operations: [{ op: 'set-config', nodeId: node.id, path: ['bufferSizeMiB'], value: MIN_MIB }] },
      }),
    ];
  },
};
