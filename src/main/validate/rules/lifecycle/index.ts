import type { Rule } from '../../rule';

/** The lifecycle rules, one per file in this folder. */
export const LIFECYCLE_RULES: readonly Rule[] = [
];
