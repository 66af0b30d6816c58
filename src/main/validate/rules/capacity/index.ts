import type { Rule } from '../../rule';

/** The capacity rules, one per file in this folder. */
export const CAPACITY_RULES: readonly Rule[] = [
];
