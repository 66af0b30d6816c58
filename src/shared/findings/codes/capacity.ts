import type { FindingCodeEntry } from './entry';

/** Capacity: the declared workload against throughput quotas. */
export const CAPACITY_CODES = {
} as const satisfies Record<string, FindingCodeEntry>;
