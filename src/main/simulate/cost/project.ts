import { DAYS_PER_MONTH } from '../../../shared/catalog/prices/units';
import type { Pipeline } from '../../../shared/model/pipeline';
import { MAX_PROJECTION_MONTHS, type CostProjection } from '../../../shared/model/cost-projection';
import type { SimulationResult } from '../../../shared/model/simulation-result';
import { nodeConfigs, nodeCost } from './index';
import { bucketStorage, monthlySums } from './s3-bucket';

export { MAX_PROJECTION_MONTHS, type CostProjection };

/**
 * Long-horizon cost: the run's rates kept up for `months` months (1..36). Buckets follow their
 * lifecycle day by day (each day's ingest moves and expires on its own schedule, so storage grows
 * and then levels off); every other priced node costs its monthly projection each month. Unpriced
 * nodes are left out, as in the run's total. O(days) per bucket.
 */
export function projectCost(pipeline: Pipeline, result: SimulationResult, months: number): CostProjection {
  if (!Number.isInteger(months) || months < 1 || months > MAX_PROJECTION_MONTHS) throw new RangeError(`months must be a whole number from 1 to ${MAX_PROJECTION_MONTHS}`);
  const days = Math.ceil(months * DAYS_PER_MONTH);
  const configs = nodeConfigs(pipeline);
  const monthlyUsd = new Array<number>(months).fill(0);
  const storage: CostProjection['storage'] = {};
  const notes = new Set<string>();
  for (const stats of result.nodes) {
    const node = configs.get(stats.nodeId);
    const cost = nodeCost(pipeline, result, stats);
    if (cost.costUsdPerMonth === null || !node) continue;
    if (node.kind !== 's3-bucket') {
      for (let m = 0; m < months; m++) monthlyUsd[m]! += cost.costUsdPerMonth;
      continue;
    }
    const config = node.config as Parameters<typeof bucketStorage>[0];
    const daily = bucketStorage(config, stats, result.durationSeconds, days);
    daily.notes.forEach((n) => notes.add(`${node.label}: ${n}`));
    storage[stats.nodeId] = Object.fromEntries(Object.entries(daily.bytesByClass).map(([c, series]) => [c, Array.from(series)]));
    // Requests are steady: the first month's total minus its storage share.
    const storageFirstMonth = monthlySums(daily.usdPerDay, 1)[0]!;
    const requestsPerMonth = cost.costUsdPerMonth - storageFirstMonth;
    monthlySums(daily.usdPerDay, months).forEach((usd, m) => (monthlyUsd[m]! += usd + requestsPerMonth));
  }
  const cumulativeUsd: number[] = [];
  monthlyUsd.reduce((sum, usd) => (cumulativeUsd.push(sum + usd), sum + usd), 0);
  return { months, days, storage, monthlyUsd, cumulativeUsd, notes: [...notes] };
}
