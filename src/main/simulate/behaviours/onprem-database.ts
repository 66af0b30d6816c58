import { KIB, MIB } from '../../../shared/catalog/limits/units';
import { createSource } from './emitter';
import type { Behaviour, StoredObject } from './types';

/**
 * A database read by DMS. At time 0 it offers its existing rows once, as one object of its size
 * (size ÷ row size rows: what a full load copies); then its change stream (CDC): change rows/s ×
 * row size shaped by the load profile, a record per changed row, sizes within ± the spread of the
 * mean row size. With the change log off there is no change stream.
 * Whether the rows are copied is the reader's choice (a DMS task's migration type).
 */
export const onpremDatabaseBehaviour: Behaviour<'onprem-database'> = {
  create(config, ctx) {
    if (!config.changeCaptureEnabled) ctx.note(`${ctx.label}: the change log is off, so there is no change stream to replicate; only the existing rows are offered.`);
    const rate = config.changeCaptureEnabled ? config.changeRateRowsPerSecond : 0;
    const changes = createSource(ctx, { recordsPerSecond: rate, recordSizeBytes: config.rowSizeBytes, recordSizeSpreadPercent: config.rowSizeSpreadPercent, loadProfile: config.loadProfile }, 'a database');
    const bytes = Math.round(config.sizeGiB * KIB * MIB);
    const rows = Math.max(1, Math.round(bytes / config.rowSizeBytes));
    const snapshot: StoredObject = { kind: 'object', records: rows, bytes, parts: [{ records: rows, producedAt: 0, origin: ctx.nodeId }] };
    return {
      start() {
        ctx.schedule(0, () => {
          for (const target of ctx.targets) {
            ctx.stats.received(0, rows, bytes);
            ctx.stats.sent(0, rows, bytes);
            ctx.deliver(target, snapshot);
          }
        });
        changes.start();
      },
      receive: changes.receive,
    };
  },
};
