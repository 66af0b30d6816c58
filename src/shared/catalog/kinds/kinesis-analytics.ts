import { z } from 'zod';
import icon from 'aws-icons/icons/architecture-service/AmazonManagedServiceforApacheFlink.svg?raw';
import { KINESIS_ANALYTICS_LIMITS_TABLE as L } from '../limits/kinesis-analytics';
import { defineKind } from '../types';

const FlinkSchema = z
  .object({
    runtime: z.literal('FLINK'),
    flinkVersion: z.enum(['FLINK-1_20', 'FLINK-1_19', 'FLINK-1_18']).default('FLINK-1_20').meta({ title: 'Flink version' }),
    function: z
      .enum(['none', 'RANDOM_CUT_FOREST'])
      .default('none')
      .meta({ title: 'Function', description: 'RANDOM_CUT_FOREST: anomaly scores from AWS’s open-source Random Cut Forest library in the job. HOTSPOTS exists only in SQL.' }),
    parallelism: z
      .number()
      .int()
      .min(1)
      .max(L.flinkParallelismMax.value)
      .default(1)
      .meta({ title: 'Parallelism', unit: 'tasks', description: `Parallel tasks of every operator (at most ${L.flinkParallelismMax.value}).` }),
    parallelismPerKpu: z
      .number()
      .int()
      .min(1)
      .max(L.flinkParallelismPerKpuMax.value)
      .default(1)
      .meta({ title: 'Parallelism per KPU', unit: 'tasks', description: `Tasks sharing one KPU (1 vCPU, 4 GiB); KPUs = parallelism / this, plus one for orchestration.` }),
    autoScaling: z.boolean().default(true).meta({ title: 'Auto scaling', description: 'Let the service raise parallelism under load, up to the KPU quota.' }),
    checkpointing: z.boolean().default(true).meta({ title: 'Checkpointing', description: 'Persist state periodically so the application resumes after a failure without loss.' }),
  })
  .superRefine((app, ctx) => {
    const kpus = Math.ceil(app.parallelism / app.parallelismPerKpu);
    if (kpus > L.flinkKpusPerApplication.value) {
      ctx.addIssue({
        code: 'custom',
        path: ['parallelism'],
        message: `Parallelism ${app.parallelism} at ${app.parallelismPerKpu} per KPU needs ${kpus} KPUs; an application has at most ${L.flinkKpusPerApplication.value}`,
      });
    }
  })
  .meta({ title: 'Apache Flink' });

const SqlSchema = z
  .object({
    runtime: z.literal('SQL'),
    function: z
      .enum(['none', 'RANDOM_CUT_FOREST', 'HOTSPOTS'])
      .default('RANDOM_CUT_FOREST')
      .meta({ title: 'Function', description: 'RANDOM_CUT_FOREST: anomaly score per record over numeric columns. HOTSPOTS: dense regions in the data.' }),
    inAppStreams: z
      .number()
      .int()
      .min(1)
      .max(L.sqlInAppStreamsMax.value)
      .default(1)
      .meta({ title: 'In-application streams', unit: 'streams', description: `Input parallelism: in-application streams for the streaming source (at most ${L.sqlInAppStreamsMax.value}).` }),
  })
  .meta({ title: 'SQL (legacy, discontinued)' });

/** Kinesis Data Analytics: SQL applications (legacy) or Managed Service for Apache Flink. */
export const kinesisAnalytics = defineKind({
  id: 'kinesis-analytics',
  title: 'Amazon Managed Service for Apache Flink (Kinesis Data Analytics)',
  shortTitle: 'Analytics',
  category: 'streaming',
  summary: 'Real-time SQL or Flink over a stream: windows, anomaly detection, streaming ETL.',
  help:
    'Reads a Kinesis data stream (or, for SQL applications, a Firehose delivery stream), computes over windows, and writes results to a stream, ' +
    'a Firehose or a Lambda function. SQL applications have RANDOM_CUT_FOREST (anomaly detection) and HOTSPOTS built in, but AWS stopped ' +
    'creating them on 15 October 2025 and deletes them from 27 January 2026; new work uses Apache Flink. ' +
    `A SQL application has ${L.sqlStreamingSources.value} streaming source, ${L.sqlReferenceSources.value} reference data source (S3, up to ${L.sqlReferenceObjectMaxGiB.value} GB) ` +
    `and up to ${L.sqlDestinations.value} destinations, and ${L.sqlKpusPerApplication.value} KPUs by default. A Flink application runs on KPUs ` +
    `(1 vCPU, 4 GiB each, billed per hour, plus one orchestration KPU), ${L.flinkKpusPerApplication.value} per application by default. ` +
    'Results lag the input by at least the window size.',
  icon,
  config: z.object({
    application: z
      .discriminatedUnion('runtime', [FlinkSchema, SqlSchema])
      .default(FlinkSchema.parse({ runtime: 'FLINK' }))
      .meta({ title: 'Runtime', description: 'Apache Flink (Java, Python, Scala or Flink SQL), or a legacy SQL application.' }),
    windowType: z
      .enum(['tumbling', 'sliding'])
      .default('tumbling')
      .meta({ title: 'Window', description: 'Tumbling: back-to-back windows. Sliding: overlapping windows, one result per slide.' }),
    // Sanity bound (one day), not an AWS quota.
    windowSeconds: z.number().int().min(1).max(86_400).default(60).meta({ title: 'Window size', unit: 's', description: 'Length of one window: results come at least this late.' }),
  }),
  inputs: [
    {
      id: 'records',
      label: 'Streaming source',
      edgeKind: 'data',
      accepts: {
        'kinesis-data-stream': 'Streaming source (Kinesis data stream)',
        'kinesis-firehose': 'Streaming source (Firehose delivery stream; SQL applications)',
      },
    },
    {
      id: 'reference',
      label: 'Reference data',
      edgeKind: 'data',
      accepts: { 's3-bucket': 'Reference data source (S3 object)' },
    },
  ],
  outputs: [
    {
      id: 'records',
      label: 'Destinations',
      edgeKind: 'data',
      only: ['kinesis-data-stream', 'kinesis-firehose', 'lambda'],
    },
  ],
});
