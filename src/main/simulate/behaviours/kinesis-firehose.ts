import { FIREHOSE_LIMITS_TABLE as L } from '../../../shared/catalog/limits/firehose';
import { KIB, MIB } from '../../../shared/catalog/limits/units';
import { bytesOfPart, oversizeRecords, windowQuota } from './quota';
import type { ConfigOf } from '../../../shared/catalog/registry';
import type { Behaviour, Cohort, NodeContext, ObjectPart } from './types';
import { refuse } from './types';

interface BufferedPart extends ObjectPart {
  readonly arrivedAt: number;
}

/**
 * Amazon Data Firehose with Direct PUT. In order, each arriving cohort:
 * 1. drops records over the maximum record size (recordsDropped);
 * 2. is held to the Direct PUT quotas (records/s and MiB/s per delivery stream), counted per
 *    window of max(1 s, resolution): the excess is recordsThrottled. Producers are modelled
 *    without retries, so throttled records are lost, the pessimistic reading of the quota;
 * 3. joins the buffer. A buffer opens with its first record and is delivered as one object when
 *    it reaches the buffer size (a cohort crossing it is split, by its mean record size, so no
 *    object exceeds the size) or when the interval has passed since it opened; interval 0
 *    delivers on each arrival. Buffer latency = delivery time − arrival time, per record.
 *    The buffer size counts the bytes received; the object written is "delivered size" % of them
 *    (compression and Parquet/ORC conversion shrink data by ratios that depend on the data, so the
 *    user gives the ratio; without one, objects are as large as what arrived, and a note says so).
 * Without a destination nothing is delivered: accepted records stay recordsBuffered to the end.
 * Utilization: the Direct PUT quota (records/s or MiB/s, whichever is nearer its limit).
 */
export const kinesisFirehoseBehaviour: Behaviour<'kinesis-firehose'> = {
  create(config, ctx) {
    const destination = ctx.targets[0];
    if (ctx.targets.length > 1) ctx.note(`${ctx.label}: a delivery stream has exactly one destination; only the first (${destination}) is simulated.`);
    if (destination === undefined) ctx.note(`${ctx.label}: no destination; accepted records are counted as buffered, never delivered.`);
    const sizeLimit = config.bufferSizeMiB * MIB;
    const interval = config.bufferIntervalSeconds;
    const quota = directPutQuota(ctx);
    const delivered = deliveredSize(config, ctx);
    let buffer: BufferedPart[] = [];
    let bufferedRecords = 0;
    let bufferedBytes = 0;
    // Bumped at every delivery, so an interval timer of an already delivered buffer does nothing.
    let generation = 0;

    const deliver = (): void => {
      const now = ctx.now();
      const parts = buffer;
      const records = bufferedRecords;
      const bytes = bufferedBytes;
      buffer = [];
      bufferedRecords = 0;
      bufferedBytes = 0;
      generation++;
      for (const part of parts) ctx.stats.bufferLatency.add(now - part.arrivedAt, part.records);
      const objectBytes = delivered(bytes);
      ctx.stats.sent(now, records, objectBytes);
      ctx.stats.wroteObject(objectBytes);
      ctx.deliver(destination!, { kind: 'object', records, bytes: objectBytes, parts });
      ctx.event('buffer-flush', `${ctx.label}: delivers ${records} records in an object of ${objectBytes} bytes.`);
    };

    const addToBuffer = (records: number, bytes: number, { producedAt, origin }: Cohort): void => {
      const now = ctx.now();
      while (records > 0) {
        if (bufferedRecords === 0 && interval > 0) {
          const opened = generation;
          ctx.schedule(now + interval, () => {
            if (opened === generation && bufferedRecords > 0) deliver();
          });
        }
        let takeRecords = records;
        let takeBytes = bytes;
        const room = sizeLimit - bufferedBytes;
        if (bytes > room) {
          takeRecords = Math.floor((room * records) / bytes);
          takeBytes = Math.round((bytes * takeRecords) / records);
          if (takeBytes > room) takeBytes = Math.round((bytes * --takeRecords) / records);
          // Never stall: an empty buffer always takes a record (records are far below the smallest buffer).
          if (takeRecords <= 0 && bufferedRecords === 0) [takeRecords, takeBytes] = [1, Math.round(bytes / records)];
        }
        if (takeRecords > 0) {
          buffer.push({ records: takeRecords, producedAt, origin, arrivedAt: now });
          bufferedRecords += takeRecords;
          bufferedBytes += takeBytes;
          records -= takeRecords;
          bytes -= takeBytes;
        }
        if (interval === 0 || records > 0 || bufferedBytes >= sizeLimit) deliver();
      }
    };

    const accept = (cohort: Cohort): void => {
      const now = ctx.now();
      ctx.stats.received(now, cohort.records, cohort.bytes);
      ctx.stats.endToEndLatency.add(now - cohort.producedAt, cohort.records);
      const oversize = oversizeRecords(ctx, cohort, L.maxRecordKiB.value * KIB);
      ctx.stats.recordsDropped += oversize.records;
      const records = cohort.records - oversize.records;
      const bytes = cohort.bytes - oversize.bytes;
      if (records === 0) return;
      const allowed = quota.admitRecords(now, records, bytes);
      ctx.stats.recordsThrottled += records - allowed;
      if (allowed < records) ctx.event('first-throttle', `${ctx.label}: records over the Direct PUT quota are refused.`);
      if (allowed === 0) return;
      if (destination === undefined) ctx.stats.recordsBuffered += allowed;
      else addToBuffer(allowed, bytesOfPart(allowed, records, bytes), cohort);
    };

    return {
      receive: (delivery) => (delivery.kind === 'records' ? accept(delivery) : refuse(ctx, delivery, 'objects (Firehose takes records)')),
      finish: () => {
        ctx.stats.recordsBuffered += bufferedRecords;
        const { recordsDropped: dropped, recordsThrottled: throttled } = ctx.stats;
        if (dropped > 0) ctx.note(`${ctx.label}: ${dropped} records over the ${L.maxRecordKiB.value} KiB record limit were dropped (${L.maxRecordKiB.source}).`);
        if (throttled > 0) {
          ctx.note(
            `${ctx.label}: ${throttled} records throttled at the Direct PUT quota of ${L.directPutRecordsPerSecond.value} records/s and ${L.directPutMiBPerSecond.value} MiB/s ` +
              `(${L.directPutMiBPerSecond.source}); producers are modelled without retries, so throttled records are lost.`,
          );
        }
      },
    };
  },
};

/** Bytes of the object written for `bytes` received: the user's measured ratio after compression or conversion. */
function deliveredSize(config: ConfigOf<'kinesis-firehose'>, ctx: NodeContext): (bytes: number) => number {
  const conversion = config.recordFormatConversion.format;
  const shrinking = [config.compression !== 'UNCOMPRESSED' ? `${config.compression} compression` : '', conversion !== 'none' ? `conversion to ${conversion}` : ''].filter(Boolean).join(' and ');
  const percent = config.deliveredSizePercent;
  if (percent === null) {
    if (shrinking) ctx.note(`${ctx.label}: objects are written as large as the records received; set "Delivered size" to model the ${shrinking} (its ratio depends on the data).`);
    return (bytes) => bytes;
  }
  ctx.note(`${ctx.label}: objects are ${percent} % of the bytes received${shrinking ? ` (${shrinking})` : ''}.`);
  return (bytes) => Math.max(1, Math.round((bytes * percent) / 100));
}

/** Direct PUT throughput quota, counted per window of max(1 s, resolution). */
function directPutQuota(ctx: NodeContext) {
  return windowQuota(ctx, { recordsPerSecond: L.directPutRecordsPerSecond.value, bytesPerSecond: L.directPutMiBPerSecond.value * MIB });
}
