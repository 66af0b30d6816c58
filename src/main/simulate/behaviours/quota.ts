import { binomial } from '../random';
import type { Cohort, NodeContext } from './types';

/** Records and bytes: a part of a cohort. */
export interface Amount {
  readonly records: number;
  readonly bytes: number;
}

/** A throughput limit: records/s and bytes/s. */
export interface QuotaLimit {
  readonly recordsPerSecond: number;
  readonly bytesPerSecond: number;
}

/**
 * A throughput quota (records/s and bytes/s) counted per window of max(1 s, resolution): a
 * cohort takes what fits in its window, split by its mean record size; the rest is refused.
 * `weight` is the share of a cohort that lands on the limited unit (the hottest shard, one
 * connection): a cohort of r records uses r × weight of the quota. Limits may change over time
 * (on-demand streams): `limit(now)` is read at the start of each window; a fixed limit is given as is.
 * Utilization, reported to the node at each admit: the larger of records and bytes used ÷ the
 * window's limit, and 1 once anything was refused; demand is the same ratio for what was offered
 * (it sizes the suggested fix). A node with several quotas reports each; the series keeps the peak.
 */
export function windowQuota(ctx: NodeContext, limit: QuotaLimit | ((now: number) => QuotaLimit)) {
  const window = Math.max(1, ctx.settings.resolutionSeconds);
  let windowIndex = -1;
  let maxRecords = 0;
  let maxBytes = 0;
  let usedRecords = 0;
  let usedBytes = 0;
  let offeredRecords = 0;
  let offeredBytes = 0;
  ctx.stats.declareLimit();
  const ratio = (records: number, bytes: number) => Math.max(ratioOf(records, maxRecords), ratioOf(bytes, maxBytes));
  /** How many of `records` (totalling `bytes`) fit in the current window, now counted as used. */
  const admitRecords = (now: number, records: number, bytes: number, weight = 1): number => {
    const index = Math.floor(now / window);
    if (index !== windowIndex) {
      const current = typeof limit === 'function' ? limit(now) : limit;
      windowIndex = index;
      usedRecords = usedBytes = offeredRecords = offeredBytes = 0;
      maxRecords = Math.floor(current.recordsPerSecond * window + 1e-9);
      maxBytes = current.bytesPerSecond * window;
    }
    if (records === 0) return 0;
    const byBytes = Math.floor(((maxBytes - usedBytes) * records) / (bytes * weight));
    const byRecords = Math.floor((maxRecords - usedRecords) / weight + 1e-9);
    const allowed = Math.max(0, Math.min(records, byRecords, byBytes));
    usedRecords += allowed * weight;
    usedBytes += bytesOfPart(allowed, records, bytes) * weight;
    offeredRecords += records * weight;
    offeredBytes += bytes * weight;
    ctx.stats.utilised(now, allowed < records ? 1 : ratio(usedRecords, usedBytes), ratio(offeredRecords, offeredBytes));
    return allowed;
  };
  return {
    window,
    admitRecords,
    /** The part of `amount` that fits in the current window, now counted as used. */
    admit(now: number, amount: Amount, weight = 1): Amount {
      const { records, bytes } = amount;
      const allowed = admitRecords(now, records, bytes, weight);
      return records === 0 ? amount : { records: allowed, bytes: bytesOfPart(allowed, records, bytes) };
    },
  };
}

/** Bytes of `part` records out of `records` totalling `bytes`, by the mean record size (all of them: exactly `bytes`). */
export const bytesOfPart = (part: number, records: number, bytes: number): number => (part === records ? bytes : Math.round((bytes * part) / records));

/** No records: shared, since most cohorts have none over a limit. */
const NONE: Amount = Object.freeze({ records: 0, bytes: 0 });

/** used ÷ limit; a zero limit is fully used by any use. */
const ratioOf = (used: number, limit: number): number => (limit > 0 ? used / limit : used > 0 ? Infinity : 0);

/** Records of a cohort over a record size limit (bytes), and their bytes. */
export function oversizeRecords(ctx: NodeContext, cohort: Cohort, limit: number): Amount {
  const { records, bytes, minRecordBytes: min, maxRecordBytes: max } = cohort;
  if (records === 1) return bytes > limit ? { records, bytes } : NONE;
  if (max <= limit) return NONE;
  if (min > limit) return { records, bytes };
  // Sizes are uniform in [min, max]: each record is over the limit with probability p, and
  // those average (limit + max) / 2 bytes (kept records cannot go below min each).
  const dropped = binomial(ctx.random, records, (max - limit) / (max - min));
  if (dropped === records) return { records, bytes };
  const droppedBytes = Math.min(Math.round((dropped * (limit + max)) / 2), bytes - (records - dropped) * min);
  return { records: dropped, bytes: Math.max(0, droppedBytes) };
}
