import { FIREHOSE_LIMITS_TABLE } from '../../../../shared/catalog/limits/firehose';
import { KIB } from '../../../../shared/catalog/limits/units';
import { finding, type Rule } from '../../rule';

const LIMIT_BYTES = FIREHOSE_LIMITS_TABLE.maxRecordKiB.value * KIB;

/** PW302: a producer whose records can exceed Firehose's record size limit. */
export const recordTooLarge: Rule = {
  code: 'PW302',
  scope: 'edge',
  check(edge, ctx) {
    const source = ctx.nodesById.get(edge.source);
    const target = ctx.nodesById.get(edge.target);
    const config = ctx.configOf(source, 'app-producer');
    if (!source || !config || target?.kind !== 'kinesis-firehose') return [];
    const largest = config.recordSizeBytes * (1 + config.recordSizeSpreadPercent / 100);
    if (largest <= LIMIT_BYTES) return [];
    return [
      finding('PW302', `${source.label}: records of up to ${Math.round(largest / KIB)} KiB exceed ${target.label}'s limit of ${FIREHOSE_LIMITS_TABLE.maxRecordKiB.value} KiB`, {
        nodeId: source.id,
        edgeId: edge.id,
        path: ['recordSizeBytes'],
      }),
    ];
  },
};
