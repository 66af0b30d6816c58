import { DMS_INSTANCE_HOUR_PRICES, DMS_PRICES } from '../../../shared/catalog/prices/dms';
import { GIB, HOURS_PER_MONTH } from '../../../shared/catalog/prices/units';
import { REDSHIFT_NODE_HOUR_PRICES, REDSHIFT_PRICES } from '../../../shared/catalog/prices/redshift';
import { SECONDS_PER_MONTH, hourlyCost, unknownCost, type CostModel } from './types';

const priceOf = <T extends object>(table: T, key: string) => (key in table ? table[key as keyof T] : undefined) as { value: number } | undefined;

/**
 * Redshift provisioned: node-hours around the clock, plus RA3 managed storage for the bytes loaded
 * (DC2 storage is local and in the node price). For the run: bytes held until the run ends, loads
 * taken as even over production time; per month: the mean held over a first month of loading at the
 * run's rate (half of a month's loads). Serverless bills only while queries run: unknown.
 */
export const redshiftCost: CostModel<'redshift'> = ({ config, stats, runSeconds, simulatedSeconds }) => {
  const d = config.deployment;
  if (d.mode !== 'provisioned') return unknownCost('Redshift Serverless bills RPU-hours while queries run; query load is not simulated');
  const price = priceOf(REDSHIFT_NODE_HOUR_PRICES, d.nodeType);
  if (!price) return unknownCost(`${d.nodeType} node-hour price is not in the reference table`);
  const nodes = hourlyCost(d.numberOfNodes * price.value, runSeconds, ['Spectrum scans are not included']);
  if (!d.nodeType.startsWith('ra3.')) return nodes;
  const usdPerGiBMonth = REDSHIFT_PRICES.ra3ManagedStorageGiBMonth.value;
  const heldHours = Math.max(0, simulatedSeconds - runSeconds / 2) / 3_600;
  const runStorage = (stats.bytesStored / GIB) * (heldHours / HOURS_PER_MONTH) * usdPerGiBMonth;
  // A full load (bytesStoredOnce) is held all month once; the steady loads grow through it.
  const once = stats.bytesStoredOnce ?? 0;
  const monthStorage = ((once + (runSeconds > 0 ? ((stats.bytesStored - once) * (SECONDS_PER_MONTH / runSeconds)) / 2 : 0)) / GIB) * usdPerGiBMonth;
  return { costUsd: nodes.costUsd! + runStorage, costUsdPerMonth: nodes.costUsdPerMonth! + monthStorage, notes: nodes.notes };
};

/** DMS replication instance-hours (Single-AZ) and its allocated gp2 storage by the GB-month (no free allowance is in the reference table). */
export const dmsCost: CostModel<'dms'> = ({ config, runSeconds }) => {
  const price = priceOf(DMS_INSTANCE_HOUR_PRICES, config.replicationInstanceClass);
  if (!price) return unknownCost(`${config.replicationInstanceClass} instance-hour price is not in the reference table`);
  if (config.multiAz) return unknownCost(`Multi-AZ price of ${config.replicationInstanceClass} is not in the reference table`);
  const storagePerHour = (config.allocatedStorageGiB * DMS_PRICES.storageGiBMonthSingleAz.value) / HOURS_PER_MONTH;
  return hourlyCost(price.value + storagePerHour, runSeconds, ['all allocated storage is billed (any storage included with the instance is not in the reference table)']);
};
