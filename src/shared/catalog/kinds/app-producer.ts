import { z } from 'zod';
import icon from 'aws-icons/icons/resource/SDK.svg?raw';
import { defineKind } from '../types';

/** How the production rate varies over time, as a multiplier of the base rate. */
const LoadProfileSchema = z.discriminatedUnion('shape', [
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

/** Applications that put records with the AWS SDK or the Kinesis Producer Library. */
export const appProducer = defineKind({
  id: 'app-producer',
  title: 'Application producer',
  shortTitle: 'Producer',
  category: 'sources',
  summary: 'Your applications putting records with the AWS SDK or KPL.',
  help:
    'A fleet of applications writing records (clickstream, logs, events) with the AWS SDK or the Kinesis Producer Library. ' +
    'Its rate, record size and load profile are the workload the simulator pushes through the pipeline. ' +
    'Connected to a Firehose it uses Direct PUT (PutRecord / PutRecordBatch).',
  icon,
  config: z.object({
    recordsPerSecond: z.number().positive().max(10_000_000).default(10).meta({ title: 'Rate', unit: 'records/s', description: 'Mean records produced per second, before the load profile is applied.' }),
    recordSizeBytes: z.number().int().min(1).max(10_485_760).default(1_024).meta({ title: 'Record size', unit: 'bytes', description: 'Mean size of one record as sent (before base64).' }),
    recordSizeSpreadPercent: z.number().min(0).max(90).default(0).meta({ title: 'Size spread', unit: '%', description: 'Record sizes are drawn uniformly within ± this percentage of the mean (0 = every record the same size).' }),
    loadProfile: LoadProfileSchema.default({ shape: 'constant' }).meta({ title: 'Load profile', description: 'How the rate changes over the simulated time.' }),
  }),
  inputs: [],
  outputs: [{ id: 'records', label: 'Records', edgeKind: 'data' }],
});
