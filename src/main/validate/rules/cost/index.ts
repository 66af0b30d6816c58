import type { Rule } from '../../rule';

/** The cost rules, one per file in this folder. */
export const COST_RULES: readonly Rule[] = [
];
