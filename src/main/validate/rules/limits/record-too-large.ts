import { FIREHOSE_LIMITS_TABLE } from '../../../../shared/catalog/limits/firehose';
import { KIB } from '../../../../shared/catalog/limits/units';
import { finding, type Rule } from '../../rule';
import { oversizedArrivals } from './largest-records';

const LIMIT_KIB = FIREHOSE_LIMITS_TABLE.maxRecordKiB.value;
const LIMIT_BYTES = LIMIT_KIB * KIB;

/**
 * PW302: records larger than Firehose accepts reaching a Firehose: from a producer putting them
 * directly, or through a stream or an IoT rule from any source that declares its record size.
 */
export const recordTooLarge: Rule = {
  code: 'PW302',
  scope: 'pipeline',
  check(ctx) {
    return oversizedArrivals(ctx, 'kinesis-firehose', LIMIT_BYTES).map(({ edge, target, record, via, kib }) =>
      finding('PW302', `${record.origin.label}: records of up to ${kib} KiB reach ${target.label}${via}, over its limit of ${LIMIT_KIB.toLocaleString('en-US')} KiB`, {
        nodeId: record.origin.id,
        edgeId: edge.id,
        path: [...record.path],
      }),
    );
  },
};
