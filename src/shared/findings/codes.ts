import { STRUCTURE_CODES } from './codes/structure';
import { WIRING_CODES } from './codes/wiring';
import { LIMIT_CODES } from './codes/limits';
import { CAPACITY_CODES } from './codes/capacity';
import { LIFECYCLE_CODES } from './codes/lifecycle';
import { SECURITY_CODES } from './codes/security';
import { COST_CODES } from './codes/cost';

export type { FindingCodeEntry, Severity } from './codes/entry';

/**
 * Every finding code, once and for all: a code is never reused for another meaning. Numbers
 * group by family, one file each under codes/: 1xx structure, 2xx wiring, 3xx limits,
 * 4xx capacity, 5xx lifecycle, 6xx security, 7xx cost.
 */
export const FINDING_CODES = {
  ...STRUCTURE_CODES,
  ...WIRING_CODES,
  ...LIMIT_CODES,
  ...CAPACITY_CODES,
  ...LIFECYCLE_CODES,
  ...SECURITY_CODES,
  ...COST_CODES,
} as const;

export type FindingCode = keyof typeof FINDING_CODES;
