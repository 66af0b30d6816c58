import { FIREHOSE_PRICES as F } from '../../../shared/catalog/prices/firehose';
import { IOT_CORE_PRICES as I } from '../../../shared/catalog/prices/iot-core';
import { KINESIS_DATA_STREAMS_PRICES as K } from '../../../shared/catalog/prices/kinesis-data-streams';
import { GIB } from '../../../shared/catalog/prices/units';
import { hourlyCost, roundedBytes, usageCost, type CostModel } from './types';

/**
 * Kinesis Data Streams. Provisioned: shard-hours (always on) + PUT payload units (each started
 * 25 KiB of a record). On-demand: stream-hours + GB written (records rounded up to 1 KiB) + GB read
 * by classic consumers (bytesOut). Extended retention and enhanced fan-out are not priced yet.
 */
export const kinesisStreamCost: CostModel<'kinesis-data-stream'> = ({ config, stats, runSeconds }) => {
  const notes = ['extended retention and enhanced fan-out charges are not included'];
  if (config.capacity.mode === 'provisioned') {
    const units = roundedBytes(stats.recordsIn, stats.bytesIn, K.putPayloadUnitBytes.value) / K.putPayloadUnitBytes.value;
    const fixed = hourlyCost(config.capacity.shardCount * K.shardHour.value, runSeconds);
    const puts = usageCost((units / 1e6) * K.putPayloadUnitsPerMillion.value, runSeconds);
    return { costUsd: fixed.costUsd! + puts.costUsd!, costUsdPerMonth: fixed.costUsdPerMonth! + puts.costUsdPerMonth!, notes };
  }
  const fixed = hourlyCost(K.onDemandStreamHour.value, runSeconds);
  const written = roundedBytes(stats.recordsIn, stats.bytesIn, K.onDemandRecordRoundingBytes.value) / GIB;
  const data = usageCost(written * K.onDemandDataInPerGiB.value + (stats.bytesOut / GIB) * K.onDemandDataOutPerGiB.value, runSeconds);
  return { costUsd: fixed.costUsd! + data.costUsd!, costUsdPerMonth: fixed.costUsdPerMonth! + data.costUsdPerMonth!, notes };
};

/**
 * Firehose: GB ingested with each record rounded up to 5 KB; record format conversion and dynamic
 * partitioning are billed on the same (rounded) GB, the latter plus a fee per object delivered.
 * First price tier only (500 TB a month).
 */
export const firehoseCost: CostModel<'kinesis-firehose'> = ({ config, stats, runSeconds }) => {
  const gib = roundedBytes(stats.recordsIn, stats.bytesIn, F.ingestionRecordRoundingBytes.value) / GIB;
  let usd = gib * F.ingestionPerGiB.value;
  const notes: string[] = [];
  if (config.recordFormatConversion.format !== 'none') {
    usd += gib * F.formatConversionPerGiB.value;
    notes.push('format conversion billed on the 5 KB-rounded GB (the reference table marks that rounding unverified)');
  }
  if (config.dynamicPartitioning.enabled) {
    usd += gib * F.dynamicPartitioningPerGiB.value + (stats.objectsWritten / 1_000) * F.dynamicPartitioningPerThousandObjects.value;
    notes.push('dynamic partitioning JQ processing hours are not priced');
  }
  return usageCost(usd, runSeconds, notes);
};

/** IoT Core: messages metered in 5 KB increments (connectivity minutes are not modelled). */
export const iotCoreCost: CostModel<'iot-core'> = ({ stats, runSeconds }) => {
  const messages = roundedBytes(stats.recordsIn, stats.bytesIn, I.messageMeteringBytes.value) / I.messageMeteringBytes.value;
  return usageCost((messages / 1e6) * I.messagesPerMillion.value, runSeconds, ['device connectivity minutes are not priced']);
};
