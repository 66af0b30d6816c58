import { DAY_SECONDS } from '../load-profile';
import { KIB, MIB } from '../../../shared/catalog/limits/units';
import { createSource } from './emitter';
import type { Behaviour } from './types';

/**
 * A file share's daily change: files × daily change % per day, a record per file, sizes within ±
 * the spread of the share's mean file size (total size / files), spread over the day by the load
 * profile (constant: evenly). The first full
 * transfer is not simulated.
 */
export const onpremFileshareBehaviour: Behaviour<'onprem-fileshare'> = {
  create(config, ctx) {
    ctx.note(`${ctx.label}: only the daily change is simulated (files spread over the day by its load profile), not the first ${config.totalSizeGiB} GiB transfer.`);
    const filesPerDay = (config.fileCount * config.dailyChangePercent) / 100;
    const fileBytes = Math.max(1, Math.round((config.totalSizeGiB * KIB * MIB) / config.fileCount));
    return createSource(ctx, { recordsPerSecond: filesPerDay / DAY_SECONDS, recordSizeBytes: fileBytes, recordSizeSpreadPercent: config.fileSizeSpreadPercent, loadProfile: config.loadProfile }, 'a file share');
  },
};
