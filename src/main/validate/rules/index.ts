import { STRUCTURE_RULES } from './structure';
import { WIRING_RULES } from './wiring';
import { LIMITS_RULES } from './limits';
import { CAPACITY_RULES } from './capacity';
import { LIFECYCLE_RULES } from './lifecycle';
import { SECURITY_RULES } from './security';
import { COST_RULES } from './cost';
import type { Rule } from '../rule';

/** Every rule, by family (one folder each, one rule per file). */
export const RULES: readonly Rule[] = [
  ...STRUCTURE_RULES,
  ...WIRING_RULES,
  ...LIMITS_RULES,
  ...CAPACITY_RULES,
  ...LIFECYCLE_RULES,
  ...SECURITY_RULES,
  ...COST_RULES,
];
