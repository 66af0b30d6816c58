import { z } from 'zod';

/**
 * Workload settings shared by every source kind (producers, device and camera fleets, databases,
 * file shares), so each kind offers the same load profiles and size distributions.
 */

/** How the production rate varies over time, as a multiplier of the base rate. */
export const LoadProfileSchema = z.discriminatedUnion('shape', [
  z.object({ shape: z.literal('constant') }).meta({ title: 'Constant' }),
  z
    .object({
      shape: z.literal('diurnal'),
      peakToMean: z.number().min(1).max(2).default(1.5).meta({ title: 'Peak / mean', unit: '×', description: 'A 24-hour sine wave: the peak hour runs at this multiple of the base rate, the quietest at the mirror image.' }),
    })
    .meta({ title: 'Diurnal' }),
  z
    .object({
      shape: z.literal('spikes'),
      multiplier: z.number().min(1).max(1_000).default(5).meta({ title: 'Spike height', unit: '×', description: 'Rate during a spike, as a multiple of the base rate.' }),
      everySeconds: z.number().int().min(1).default(3_600).meta({ title: 'Every', unit: 's' }),
      durationSeconds: z.number().int().min(1).default(60).meta({ title: 'Spike length', unit: 's' }),
    })
    .meta({ title: 'Spikes' }),
  z
    .object({
      shape: z.literal('ramp'),
      toMultiplier: z.number().min(0).max(1_000).default(2).meta({ title: 'Ramp to', unit: '×', description: 'Final rate as a multiple of the base rate, held after the ramp.' }),
      overSeconds: z.number().int().min(1).default(3_600).meta({ title: 'Over', unit: 's' }),
    })
    .meta({ title: 'Ramp' }),
]);

export type LoadProfile = z.infer<typeof LoadProfileSchema>;

/** A source's load profile setting; constant by default, so files written before it existed keep their rate. */
export const loadProfileSetting = () => LoadProfileSchema.default({ shape: 'constant' }).meta({ title: 'Load profile', description: 'How the rate changes over the simulated time.' });

/** Spread of a source's record sizes around their mean: 0 is a fixed size, else uniform within ± this share. */
export const sizeSpreadSetting = (what: string) =>
  z
    .number()
    .min(0)
    .max(90)
    .default(0)
    .meta({ title: 'Size spread', unit: '%', description: `${what} sizes are drawn uniformly within ± this percentage of the mean (0 = every one the same size).` });
