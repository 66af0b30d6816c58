import type { FindingCodeEntry } from './entry';

/** Cost: designs that pay for more than the workload needs. */
export const COST_CODES = {
} as const satisfies Record<string, FindingCodeEntry>;
