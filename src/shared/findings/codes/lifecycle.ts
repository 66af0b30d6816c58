import type { FindingCodeEntry } from './entry';

/** Lifecycle: S3 storage classes, transitions and minimum durations. */
export const LIFECYCLE_CODES = {
} as const satisfies Record<string, FindingCodeEntry>;
