import type { FindingCodeEntry } from './entry';

/** Cost: designs that pay for more than the workload needs. */
export const COST_CODES = {
  PW701: {
    name: 'glacier-read-daily',
    severity: 'warning',
    title: 'Archived data read daily',
    help:
      'Objects in Glacier Flexible Retrieval or Deep Archive cannot be read in place: each must be restored first, which takes hours and is billed per GB and per request. ' +
      'Athena, EMR, Glue and SageMaker cannot read them until then. For data read every day, that costs more than the storage saves, and the readers wait. ' +
      'Keep data that is still read in Standard, Standard-IA or Glacier Instant Retrieval (milliseconds), and archive it once it is no longer read.',
    notes: '2.3 S3 Glacier Storage Classes',
  },
  PW702: {
    name: 'kds-on-demand-steady-workload',
    severity: 'info',
    title: 'On-demand stream for a known workload',
    help:
      'On-demand mode bills per stream-hour and per GB written and read; provisioned mode bills per shard-hour and per PUT payload unit. ' +
      'For a declared, steady workload that a few shards carry, provisioned capacity costs less (the message gives both monthly list prices, us-east-1). ' +
      'Keep on-demand for traffic you cannot predict.',
    notes: '5.2.1 Kinesis Streams - Capacity Modes',
  },
  PW703: {
    name: 'kds-shards-overprovisioned',
    severity: 'warning',
    title: 'Far more shards than needed',
    help:
      'Every provisioned shard is billed by the hour whether it carries data or not. The stream has more than four times the shards its declared peak workload needs ' +
      '(1 MiB/s or 1,000 records/s in, 2 MiB/s out per shard). Keep some headroom, not this much; resharding later takes minutes.',
    notes: '5.2.1 Kinesis Streams - Capacity Modes',
  },
  PW704: {
    name: 'dynamodb-write-capacity-overprovisioned',
    severity: 'warning',
    title: 'Far more write capacity than needed',
    help:
      'Provisioned write capacity is billed by the hour whether it is used or not. The table has more than four times the write capacity units its writers need at peak. ' +
      'Lower it, or let auto scaling or on-demand capacity follow the traffic.',
    notes: '7.3 DynamoDB',
  },
  PW705: {
    name: 'athena-unpartitioned',
    severity: 'warning',
    title: 'Athena over unpartitioned data',
    help:
      'Athena bills by the data a query scans ($5 per TB). Without partitions in the key layout (for example year/month/day/hour), every query reads the whole table, ' +
      'however narrow its WHERE clause, and scans grow with the data. Partition by the columns queries filter on, and register the partitions in the Glue Data Catalog.',
    notes: '1.2 S3 for Data Partitioning',
  },
} as const satisfies Record<string, FindingCodeEntry>;
