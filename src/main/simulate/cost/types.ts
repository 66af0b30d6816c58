import type { ConfigOf, KindId } from '../../../shared/catalog/registry';
import { HOURS_PER_MONTH } from '../../../shared/catalog/prices/units';
import type { NodeStats } from '../../../shared/model/simulation-result';

/** A node's price: for the run, and projected to a month of 730 hours (AWS calculator convention). */
export interface NodeCost {
  /** null: the kind cannot be priced from the reference table or the run (see notes). */
  readonly costUsd: number | null;
  readonly costUsdPerMonth: number | null;
  readonly notes: readonly string[];
}

/** What a cost model reads: the node's settings, what it did, and how long sources produced. */
export interface CostInput<K extends KindId> {
  readonly config: ConfigOf<K>;
  readonly stats: NodeStats;
  /** Production time of the run, seconds: usage is scaled from it to a month. */
  readonly runSeconds: number;
  /** Simulated time including the drain, seconds. */
  readonly simulatedSeconds: number;
}

export type CostModel<K extends KindId> = (input: CostInput<K>) => NodeCost;

export const SECONDS_PER_MONTH = HOURS_PER_MONTH * 3_600;

/** A kind with no price in the reference table, or whose usage the run does not give. */
export const unknownCost = (why: string): NodeCost => ({ costUsd: null, costUsdPerMonth: null, notes: [why] });

/** Usage-driven cost: what the run used, and the same rate kept up for 730 h. */
export const usageCost = (runUsd: number, runSeconds: number, notes: readonly string[] = []): NodeCost => ({
  costUsd: runUsd,
  costUsdPerMonth: runSeconds > 0 ? (runUsd * SECONDS_PER_MONTH) / runSeconds : 0,
  notes,
});

/** Always-on resource billed by the hour: the run's production time, and 730 h. */
export const hourlyCost = (usdPerHour: number, runSeconds: number, notes: readonly string[] = []): NodeCost => ({
  costUsd: (usdPerHour * runSeconds) / 3_600,
  costUsdPerMonth: usdPerHour * HOURS_PER_MONTH,
  notes,
});

/**
 * Billed bytes when each record is rounded up to whole `unit`s. The stats keep only totals, so
 * every record is taken at the mean size: exact when records are of one size; otherwise the true
 * figure lies between the rounding of the smallest and of the largest record.
 */
export function roundedBytes(records: number, bytes: number, unit: number): number {
  if (records <= 0) return 0;
  return records * Math.ceil(bytes / records / unit) * unit;
}
