import { KIB, MIB } from '../../../shared/catalog/limits/units';
import type { Behaviour, Delivery, ObjectPart, StoredObject } from './types';
import { forwardToEach } from './types';

/**
 * AWS DMS replication task.
 * - Full load: the existing rows arrive as one object from the source database (onprem-database.ts).
 *   They are copied at "Full load throughput (simulation)": DMS publishes no rate per instance class
 *   (reference table: "no published per-instance rate"), so the rate is the user's measurement, and
 *   without one the copy is instant (said in the notes). Copied rows reach the target in slices of
 *   max(60 s, resolution), as DMS writes table segments while it loads, marked as a one-time copy
 *   (stores keep it apart, so cost projections do not repeat it daily).
 * - Changes (CDC) received during the full load are cached on the instance and applied when it ends
 *   (DMS applies cached changes after the full load), as one batch. Afterwards changes follow the
 *   source's change rate and are written in batches, one every `slice` seconds (DMS writes files to
 *   S3 and batch-applies to databases; the reference table gives no interval, so the model uses its
 *   slice). CDC is not rate-limited: there is no published figure. Cached changes larger than the
 *   instance storage are flagged in the notes.
 * - Migration type: a full-load task ignores changes, a CDC task does not copy the existing rows;
 *   what a task ignores is counted as dropped, with a note.
 * Rows still to copy or cached when the run ends count as buffered.
 */
export const dmsBehaviour: Behaviour<'dms'> = {
  create(config, ctx) {
    const copiesRows = config.migrationType !== 'cdc';
    const replicatesChanges = config.migrationType !== 'full-load';
    const bytesPerSecond = config.fullLoadMBps === null ? Infinity : config.fullLoadMBps * 1e6;
    const slice = Math.max(60, ctx.settings.resolutionSeconds);
    let loading = 0;
    let cached: { delivery: Delivery; at: number }[] = [];
    let cachedRecords = 0;
    let cachedBytes = 0;
    let peakCachedBytes = 0;
    /** Rows of each full load not copied yet. */
    const pending: (() => number)[] = [];

    let flushScheduled = false;

    /** The changes cached (during a full load, or since the last batch), applied as one batch. */
    const applyCached = (): void => {
      const now = ctx.now();
      flushScheduled = false;
      if (cachedRecords === 0 || loading > 0) return;
      const parts: ObjectPart[] = [];
      for (const { delivery, at } of cached) {
        ctx.stats.bufferLatency.add(now - at, delivery.records);
        parts.push(...(delivery.kind === 'object' ? delivery.parts : [delivery]));
      }
      forwardToEach(ctx, { kind: 'object', records: cachedRecords, bytes: cachedBytes, parts });
      [cached, cachedRecords, cachedBytes] = [[], 0, 0];
    };

    /** Copies `table` from now on; copied rows leave every `slice` seconds, the last slice when the copy ends. */
    const fullLoad = (table: StoredObject): void => {
      const start = ctx.now();
      const seconds = table.bytes / bytesPerSecond;
      ctx.event('job-run', `${ctx.label}: full load of ${table.records} rows (${table.bytes} bytes) starts; it takes ${seconds.toFixed(0)} s.`);
      loading++;
      let sentRecords = 0;
      let sentBytes = 0;
      const copyUntil = (t: number): void => {
        const share = t >= start + seconds - 1e-9 ? 1 : (t - start) / seconds;
        const records = Math.floor(table.records * share + 1e-9) - sentRecords;
        if (records > 0) {
          const bytes = Math.round(table.bytes * share) - sentBytes;
          [sentRecords, sentBytes] = [sentRecords + records, sentBytes + bytes];
          const parts: ObjectPart[] = table.parts.map((p) => ({ ...p, records: (p.records * records) / table.records }));
          ctx.stats.bufferLatency.add(t - start, records);
          forwardToEach(ctx, { kind: 'object', records, bytes, parts, once: true });
        }
        if (share < 1) ctx.schedule(Math.min(t + slice, start + seconds), () => copyUntil(ctx.now()));
        else if (--loading === 0) applyCached();
      };
      pending.push(() => table.records - sentRecords);
      copyUntil(start);
    };
    return {
      receive(delivery) {
        const now = ctx.now();
        ctx.stats.received(now, delivery.records, delivery.bytes);
        if (delivery.kind === 'object') {
          if (copiesRows) return fullLoad(delivery);
          ctx.stats.recordsDropped += delivery.records;
          return ctx.note(`${ctx.label}: a CDC-only task does not copy the existing rows; those ${delivery.records} rows are counted as dropped.`);
        }
        if (!replicatesChanges) {
          ctx.stats.recordsDropped += delivery.records;
          return ctx.note(`${ctx.label}: a full-load task does not replicate changes; change rows reaching it are counted as dropped.`);
        }
        cached.push({ delivery, at: now });
        if (loading === 0 && !flushScheduled) {
          flushScheduled = true;
          ctx.schedule(now + slice, applyCached);
        }
        cachedRecords += delivery.records;
        cachedBytes += delivery.bytes;
        peakCachedBytes = Math.max(peakCachedBytes, cachedBytes);
      },
      finish() {
        ctx.stats.recordsBuffered += cachedRecords + pending.reduce((sum, left) => sum + left(), 0);
        if (config.fullLoadMBps === null && copiesRows) ctx.note(`${ctx.label}: no full load throughput set (DMS publishes no rate per instance class): the full load is taken as instant.`);
        if (peakCachedBytes > config.allocatedStorageGiB * KIB * MIB) {
          ctx.note(`${ctx.label}: up to ${peakCachedBytes} bytes of changes cached during the full load, more than its ${config.allocatedStorageGiB} GiB of instance storage: the task would fail.`);
        }
      },
    };
  },
};
