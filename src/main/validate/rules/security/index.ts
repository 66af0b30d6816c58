import type { Rule } from '../../rule';
import { s3NoDefaultEncryption } from './s3-no-default-encryption';

/** The security rules, one per file in this folder. */
export const SECURITY_RULES: readonly Rule[] = [
  s3NoDefaultEncryption,
];
