import { KINESIS_DATA_STREAMS_LIMITS_TABLE } from '../../../../shared/catalog/limits/kinesis-data-streams';
import { MIB } from '../../../../shared/catalog/limits/units';
import { finding, type Rule } from '../../rule';
import { oversizedArrivals } from './largest-records';

const LIMIT_MIB = KINESIS_DATA_STREAMS_LIMITS_TABLE.maxRecordMiB.value;
const LIMIT_BYTES = LIMIT_MIB * MIB;

/** PW303: records larger than a Kinesis data stream accepts, put by a producer, an IoT rule or a DMS task (from the sizes their sources declare). */
export const kinesisRecordTooLarge: Rule = {
  code: 'PW303',
  scope: 'pipeline',
  check(ctx) {
    return oversizedArrivals(ctx, 'kinesis-data-stream', LIMIT_BYTES).map(({ edge, target, record, via, kib }) =>
      finding('PW303', `${record.origin.label}: records of up to ${kib} KiB reach ${target.label}${via}, over the ${LIMIT_MIB} MiB a Kinesis record may hold`, {
        nodeId: record.origin.id,
        edgeId: edge.id,
        path: [...record.path],
      }),
    );
  },
};
