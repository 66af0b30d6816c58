import { createSource } from './emitter';
import type { Behaviour } from './types';

/**
 * A database's change stream (CDC): change rows/s shaped by the load profile, a record per changed
 * row, sizes within ± the spread of the mean row size. The full load is not simulated. With the change log off there is no CDC: nothing is produced.
 */
export const onpremDatabaseBehaviour: Behaviour<'onprem-database'> = {
  create(config, ctx) {
    if (!config.changeCaptureEnabled) ctx.note(`${ctx.label}: the change log is off, so there is no change stream to replicate; it produces nothing.`);
    ctx.note(`${ctx.label}: only the change stream (CDC) is simulated, not the ${config.sizeGiB} GiB full load.`);
    const rate = config.changeCaptureEnabled ? config.changeRateRowsPerSecond : 0;
    return createSource(ctx, { recordsPerSecond: rate, recordSizeBytes: config.rowSizeBytes, recordSizeSpreadPercent: config.rowSizeSpreadPercent, loadProfile: config.loadProfile }, 'a database');
  },
};
