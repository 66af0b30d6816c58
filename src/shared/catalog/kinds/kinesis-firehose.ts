import { z } from 'zod';
import icon from 'aws-icons/icons/architecture-service/AmazonDataFirehose.svg?raw';
import { FIREHOSE_LIMITS_TABLE as L } from '../limits/firehose';
import { defineKind } from '../types';

/** Amazon Data Firehose (formerly Kinesis Data Firehose): buffers records and delivers them as objects. */
export const kinesisFirehose = defineKind({
  id: 'kinesis-firehose',
  title: 'Amazon Data Firehose',
  shortTitle: 'Firehose',
  category: 'streaming',
  summary: 'Buffers records and delivers them in batches to S3 and other stores.',
  help:
    'A fully managed delivery stream: it buffers incoming records and writes one object each time the buffer reaches its size ' +
    'or its interval has passed since the first record arrived, whichever comes first. Near real time, not real time: ' +
    `records wait up to the buffer interval. Records may be at most ${L.maxRecordKiB.value} KiB. A delivery stream has exactly one destination.`,
  icon,
  config: z.object({
    bufferSizeMiB: z
      .number()
      .int()
      .min(L.bufferSizeMinMiB.value)
      .max(L.bufferSizeMaxMiB.value)
      .default(L.bufferSizeDefaultMiB.value)
      .meta({ title: 'Buffer size', unit: 'MiB', description: `Deliver when this much data is buffered (${L.bufferSizeMinMiB.value}–${L.bufferSizeMaxMiB.value} MiB; ${L.bufferSizeMaxMiB.source}).` }),
    bufferIntervalSeconds: z
      .number()
      .int()
      .min(L.bufferIntervalMinSeconds.value)
      .max(L.bufferIntervalMaxSeconds.value)
      .default(L.bufferIntervalDefaultSeconds.value)
      .meta({ title: 'Buffer interval', unit: 's', description: `Deliver when the oldest buffered record is this old (${L.bufferIntervalMinSeconds.value}–${L.bufferIntervalMaxSeconds.value} s; 0 = zero buffering).` }),
    prefix: z.string().max(1_024).default('').meta({ title: 'S3 prefix', description: 'Key prefix of delivered objects. Empty: Firehose uses YYYY/MM/DD/HH/ in UTC.' }),
  }),
  inputs: [
    {
      id: 'records',
      label: 'Records',
      edgeKind: 'data',
      accepts: { 'app-producer': 'Direct PUT (PutRecord / PutRecordBatch)' },
    },
  ],
  outputs: [
    {
      id: 'delivery',
      label: 'Destination',
      edgeKind: 'data',
      max: 1,
      maxReason: 'a Firehose delivery stream has exactly one destination',
    },
  ],
});
