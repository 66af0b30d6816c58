import type { Rule } from '../../rule';
import { athenaUnpartitioned } from './athena-unpartitioned';
import { dynamodbWriteCapacityOverprovisioned } from './dynamodb-write-capacity-overprovisioned';
import { glacierReadDaily } from './glacier-read-daily';
import { kdsOnDemandSteadyWorkload } from './kds-on-demand-steady-workload';
import { kdsShardsOverprovisioned } from './kds-shards-overprovisioned';

/**
 * The cost rules, one per file in this folder. Prices are us-east-1 list prices from
 * src/shared/catalog/prices; rules that compare capacity with the workload use the capacity
 * family's propagation (../capacity/workload.ts) and judge only nodes whose inputs are all known.
 */
export const COST_RULES: readonly Rule[] = [
  glacierReadDaily,
  kdsOnDemandSteadyWorkload,
  kdsShardsOverprovisioned,
  dynamodbWriteCapacityOverprovisioned,
  athenaUnpartitioned,
];
