import { z } from 'zod';
import icon from 'aws-icons/icons/resource/SDK.svg?raw';
import { defineKind } from '../types';
import { loadProfileSetting, sizeSpreadSetting } from '../workload';

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
    recordSizeSpreadPercent: sizeSpreadSetting('Record'),
    loadProfile: loadProfileSetting(),
    // Sanity bound for the simulator, not an AWS quota.
    producerCount: z
      .number()
      .int()
      .min(0)
      .max(10_000_000)
      .default(0)
      .meta({ title: 'Producers', unit: 'connections', description: 'Producers (connections) sending at once, one partition key each with per-source keys; 0: many, keys spread evenly over the shards.' }),
  }),
  inputs: [],
  outputs: [{ id: 'records', label: 'Records', edgeKind: 'data' }],
});
