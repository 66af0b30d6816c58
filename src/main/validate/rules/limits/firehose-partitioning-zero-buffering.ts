import { FIREHOSE_LIMITS_TABLE } from '../../../../shared/catalog/limits/firehose';
import { finding, type Rule } from '../../rule';

const DEFAULT_INTERVAL = FIREHOSE_LIMITS_TABLE.bufferIntervalDefaultSeconds.value;

/** PW305: dynamic partitioning with a buffer interval of 0 s (zero buffering), which Firehose does not offer for it. */
export const firehosePartitioningZeroBuffering: Rule = {
  code: 'PW305',
  scope: 'node',
  check(node, ctx) {
    const config = ctx.configOf(node, 'kinesis-firehose');
    if (!config?.dynamicPartitioning.enabled || config.bufferIntervalSeconds !== 0) return [];
    return [
      finding('PW305', `${node.label}: dynamic partitioning buffers every partition, so zero buffering (a 0 s interval) is not available`, {
        nodeId: node.id,
        path: ['bufferIntervalSeconds'],
        fix: { label: `Set the buffer interval to ${DEFAULT_INTERVAL} s`, operations: [{ op: 'set-config', nodeId: node.id, path: ['bufferIntervalSeconds'], value: DEFAULT_INTERVAL }] },
      }),
    ];
  },
};
