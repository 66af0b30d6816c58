import { DYNAMODB_LIMITS_TABLE as L } from '../../../../shared/catalog/limits/dynamodb';
import { KIB } from '../../../../shared/catalog/limits/units';
import { ceil } from './format';
import { meanSizeBytes, type Flow } from './workload';

/**
 * Write capacity units the items of a flow need: one per started KiB of an item (the mean size
 * stands for every item), at the mean and at the peak rate; undefined when nothing is written.
 */
export function writeUnitsNeeded(flow: Flow): { unitsPerItem: number; mean: number; peak: number } | undefined {
  const size = meanSizeBytes(flow);
  if (size === undefined) return undefined;
  const unitsPerItem = Math.max(1, ceil(size / (L.writeUnitItemKiB.value * KIB)));
  return { unitsPerItem, mean: Math.max(1, ceil(flow.recordsPerSecond * unitsPerItem)), peak: Math.max(1, ceil(flow.peakRecordsPerSecond * unitsPerItem)) };
}
