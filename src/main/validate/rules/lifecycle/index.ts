import type { Rule } from '../../rule';
import { lifecycleExpiresEverything } from './lifecycle-expires-everything';
import { lifecycleMinimumDuration } from './lifecycle-minimum-duration';
import { lifecycleSmallObjects } from './lifecycle-small-objects';
import { noncurrentWithoutVersioning } from './noncurrent-without-versioning';
import { smallObjectsStorageClass } from './small-objects-storage-class';

/**
 * The lifecycle rules, one per file in this folder. What the bucket schema already refuses
 * (transition order and waterfall, IA before 30 days, IA to Glacier within 30 days, expiration
 * before the last transition) is PW301's and not repeated here.
 */
export const LIFECYCLE_RULES: readonly Rule[] = [
  lifecycleMinimumDuration,
  lifecycleSmallObjects,
  smallObjectsStorageClass,
  noncurrentWithoutVersioning,
  lifecycleExpiresEverything,
];
