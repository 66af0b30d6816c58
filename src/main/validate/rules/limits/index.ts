import type { Rule } from '../../rule';
import { invalidSetting } from './invalid-setting';
import { recordTooLarge } from './record-too-large';

/** The limits rules, one per file in this folder. */
export const LIMITS_RULES: readonly Rule[] = [
  invalidSetting,
  recordTooLarge,
];
