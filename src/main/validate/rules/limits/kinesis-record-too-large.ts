import { KINESIS_DATA_STREAMS_LIMITS_TABLE } from '../../../../shared/catalog/limits/kinesis-data-streams';
import { KIB, MIB } from '../../../../shared/catalog/limits/units';
import { finding, type Rule } from '../../rule';
import { largestRecords } from './largest-records';

const LIMIT_MIB = KINESIS_DATA_STREAMS_LIMITS_TABLE.maxRecordMiB.value;
const LIMIT_BYTES = LIMIT_MIB * MIB;

/** PW303: records larger than a Kinesis data stream accepts, put by a producer, an IoT rule or a DMS task (from the sizes their sources declare). */
export const kinesisRecordTooLarge: Rule = {
  code: 'PW303',
  scope: 'pipeline',
  check(ctx) {
    const largest = largestRecords(ctx);
    return ctx.pipeline.edges.flatMap((edge) => {
      const target = ctx.nodesById.get(edge.target);
      const record = largest.get(edge.source);
      if (target?.kind !== 'kinesis-data-stream' || !record || record.bytes <= LIMIT_BYTES || ctx.edgeKind(edge) !== 'data') return [];
      const via = record.origin.id === edge.source ? '' : ` through ${ctx.nodesById.get(edge.source)!.label}`;
      const size = Math.round(record.bytes / KIB).toLocaleString('en-US');
      return [
        finding('PW303', `${record.origin.label}: records of up to ${size} KiB reach ${target.label}${via}, over the ${LIMIT_MIB} MiB a Kinesis record may hold`, {
          nodeId: record.origin.id,
          edgeId: edge.id,
          path: [...record.path],
        }),
      ];
    });
  },
};
