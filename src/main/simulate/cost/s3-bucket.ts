import { S3_REQUEST_PRICES, S3_STORAGE_PRICES } from '../../../shared/catalog/prices/s3';
import { DAYS_PER_MONTH, GIB, HOURS_PER_MONTH } from '../../../shared/catalog/prices/units';
import type { ConfigOf } from '../../../shared/catalog/registry';
import type { NodeStats } from '../../../shared/model/simulation-result';
import { dailyStorage, lifecyclePlan, type DailyStorage } from './s3-storage';
import type { CostModel } from './types';

const DAY = 86_400;

/**
 * The bucket's daily ingest at the run's rate, played forward for `days` days. One-time copies (a
 * full load, `bytesStoredOnce`) arrive once, on day 0, and follow the lifecycle from there: a single
 * day's cohort is the difference of consecutive days of the every-day series (its objects are
 * counted in the daily flow, a small overstatement of requests).
 */
export function bucketStorage(config: ConfigOf<'s3-bucket'>, stats: NodeStats, runSeconds: number, days: number): DailyStorage {
  const perDay = runSeconds > 0 ? DAY / runSeconds : 0;
  const plan = lifecyclePlan(config.storageClass, config.lifecycleRules);
  const once = stats.bytesStoredOnce ?? 0;
  const daily = dailyStorage(plan, (stats.bytesStored - once) * perDay, stats.objectsWritten * perDay, days);
  if (once === 0) return daily;
  const lump = dailyStorage(plan, once, 0, days);
  const firstCohort = (series: Float64Array) => series.map((v, day) => (day === 0 ? v : v - series[day - 1]!));
  for (const [storageClass, series] of Object.entries(lump.bytesByClass) as [keyof DailyStorage['bytesByClass'], Float64Array][]) {
    const cohort = firstCohort(series);
    const target = (daily.bytesByClass[storageClass] ??= new Float64Array(days));
    cohort.forEach((v, day) => (target[day]! += v));
  }
  firstCohort(lump.usdPerDay).forEach((v, day) => (daily.usdPerDay[day]! += v));
  return { ...daily, notes: [...daily.notes, 'one-time copies (full loads) are stored once, not repeated daily'] };
}

/**
 * Splits a daily series into months of 730 h: a day straddling two months is shared pro rata, so
 * every month is exactly 30.42 days.
 */
export function monthlySums(usdPerDay: Float64Array, months: number): number[] {
  const sums = new Array<number>(months).fill(0);
  usdPerDay.forEach((usd, day) => {
    for (let m = Math.floor(day / DAYS_PER_MONTH); m < months && m * DAYS_PER_MONTH < day + 1; m++) {
      const overlap = Math.min(day + 1, (m + 1) * DAYS_PER_MONTH) - Math.max(day, m * DAYS_PER_MONTH);
      if (overlap > 0) sums[m]! += usd * overlap;
    }
  });
  return sums;
}

/**
 * S3: PUTs (one per object written) and GETs at the new-object class's request price: the "Reads"
 * setting (readers the simulation does not hand objects to: queries, people, tools) plus one GET per
 * object handed to a connected reader in the run (metered.gets; the stored copy is priced once);
 * storage. For the run: bytes held until the run ends, arrivals taken as even over production time.
 * Per month: the first 730 h of the daily lifecycle model (see projectCost for later months), so
 * transitions, expirations and early-deletion charges appear once their day comes.
 */
export const s3BucketCost: CostModel<'s3-bucket'> = ({ config, stats, runSeconds, simulatedSeconds }) => {
  const requests = S3_REQUEST_PRICES[config.storageClass];
  if (!requests) return { costUsd: null, costUsdPerMonth: null, notes: [`request prices of ${config.storageClass} are not verified in the reference table`] };
  const requestUsd = (objects: number, reads: number) => (objects / 1_000) * requests.put.value + (reads / 1_000) * requests.get.value;
  const heldHours = Math.max(0, simulatedSeconds - runSeconds / 2) / 3_600;
  const runStorage = (stats.bytesStored / GIB) * (heldHours / HOURS_PER_MONTH) * S3_STORAGE_PRICES[config.storageClass].value;
  const handedOn = stats.metered?.gets ?? 0;
  const runUsd = runStorage + requestUsd(stats.objectsWritten, (config.readsPerDay * runSeconds) / DAY + handedOn);
  const month = bucketStorage(config, stats, runSeconds, Math.ceil(DAYS_PER_MONTH));
  const perMonth = (HOURS_PER_MONTH * 3_600) / Math.max(runSeconds, 1e-9);
  const monthUsd = monthlySums(month.usdPerDay, 1)[0]! + requestUsd(stats.objectsWritten * perMonth, config.readsPerDay * DAYS_PER_MONTH + handedOn * perMonth);
  const notes = [...month.notes];
  if (config.storageClass === 'Intelligent-Tiering') notes.push('Intelligent-Tiering priced at its Frequent Access tier, without the monitoring fee');
  return { costUsd: runUsd, costUsdPerMonth: monthUsd, notes };
};
