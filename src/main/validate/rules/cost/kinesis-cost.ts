import { KINESIS_DATA_STREAMS_PRICES as P } from '../../../../shared/catalog/prices/kinesis-data-streams';
import { GIB, HOURS_PER_MONTH } from '../../../../shared/catalog/prices/units';
import { ceil } from '../capacity/format';
import { meanSizeBytes, type Flow } from '../capacity/workload';

const SECONDS_PER_MONTH = HOURS_PER_MONTH * 3_600;

export interface StreamReaders {
  /** Consumers polling with GetRecords. */
  readonly classic: number;
  /** Registered enhanced fan-out consumers. */
  readonly enhanced: number;
}

/** Monthly list price of a stream in on-demand mode for a flow at its mean rate (us-east-1, On-demand Standard). */
export function onDemandMonthlyCost(flow: Flow, readers: StreamReaders): number {
  const size = meanSizeBytes(flow) ?? 0;
  const billedRecordBytes = ceil(size / P.onDemandRecordRoundingBytes.value) * P.onDemandRecordRoundingBytes.value;
  const gibIn = (flow.recordsPerSecond * billedRecordBytes * SECONDS_PER_MONTH) / GIB;
  const gibOut = (flow.bytesPerSecond * SECONDS_PER_MONTH) / GIB;
  return (
    P.onDemandStreamHour.value * HOURS_PER_MONTH +
    gibIn * P.onDemandDataInPerGiB.value +
    gibOut * readers.classic * P.onDemandDataOutPerGiB.value +
    gibOut * readers.enhanced * P.onDemandEfoDataPerGiB.value
  );
}

/** Monthly list price of a provisioned stream with `shards` shards for a flow at its mean rate (us-east-1). */
export function provisionedMonthlyCost(flow: Flow, readers: StreamReaders, shards: number): number {
  const size = meanSizeBytes(flow) ?? 0;
  const unitsPerRecord = Math.max(1, ceil(size / P.putPayloadUnitBytes.value));
  const gibOut = (flow.bytesPerSecond * SECONDS_PER_MONTH) / GIB;
  return (
    shards * P.shardHour.value * HOURS_PER_MONTH +
    ((flow.recordsPerSecond * unitsPerRecord * SECONDS_PER_MONTH) / 1_000_000) * P.putPayloadUnitsPerMillion.value +
    readers.enhanced * shards * P.efoConsumerShardHour.value * HOURS_PER_MONTH +
    gibOut * readers.enhanced * P.efoDataPerGiB.value
  );
}
