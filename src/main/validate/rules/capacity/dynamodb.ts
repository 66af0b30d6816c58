import { DYNAMODB_LIMITS_TABLE as L } from '../../../../shared/catalog/limits/dynamodb';
import { KIB } from '../../../../shared/catalog/limits/units';
import { ceil } from './format';
import type { ConfigOf } from '../../../../shared/catalog/registry';
import type { PipelineNode } from '../../../../shared/model/pipeline';
import type { RuleContext } from '../../rule';
import { meanSizeBytes, workloadOf, type Flow } from './workload';

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

/** A provisioned table receiving a known workload, with the write units its items need. */
export interface ProvisionedTableLoad {
  readonly node: PipelineNode;
  readonly config: ConfigOf<'dynamodb-table'>;
  readonly flow: Flow;
  readonly need: NonNullable<ReturnType<typeof writeUnitsNeeded>>;
  /** What the table has. */
  readonly writeCapacityUnits: number;
}

/** Every provisioned table that something writes to at a derivable rate (the capacity and cost rules weigh one against the other). */
export function provisionedTableLoads(ctx: RuleContext): ProvisionedTableLoad[] {
  const workload = workloadOf(ctx);
  const loads: ProvisionedTableLoad[] = [];
  for (const node of ctx.pipeline.nodes) {
    const config = ctx.configOf(node, 'dynamodb-table');
    const flow = workload.into(node.id);
    if (!config || config.capacity.mode !== 'provisioned' || !flow) continue;
    const need = writeUnitsNeeded(flow);
    if (need) loads.push({ node, config, flow, need, writeCapacityUnits: config.capacity.writeCapacityUnits });
  }
  return loads;
}
