import { z } from 'zod';
import { STORAGE_CLASSES } from '../catalog/s3-lifecycle';

/** The longest projection, in 730-hour months. */
export const MAX_PROJECTION_MONTHS = 36;

/**
 * A run's rates kept up for 1–36 months at daily resolution (see simulate/cost/project.ts):
 * bytes per S3 storage class per bucket at the end of each day, and USD per month.
 */
export const CostProjectionSchema = z.object({
  months: z.number().int(),
  /** Days in the daily series: 730-hour months × 30.42 days, rounded up. */
  days: z.number().int(),
  /** Per bucket node id, per storage class, bytes at the end of each day. */
  storage: z.record(z.string(), z.partialRecord(z.enum(STORAGE_CLASSES), z.array(z.number()))),
  /** USD per month for all priced nodes, and its running sum. */
  monthlyUsd: z.array(z.number()),
  cumulativeUsd: z.array(z.number()),
  notes: z.array(z.string()),
});

export type CostProjection = z.infer<typeof CostProjectionSchema>;
