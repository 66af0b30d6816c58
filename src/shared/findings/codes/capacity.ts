import type { FindingCodeEntry } from './entry';

/** Capacity: the declared workload against throughput quotas. */
export const CAPACITY_CODES = {
  PW401: {
    name: 'kds-shards-insufficient',
    severity: 'error',
    title: 'Too few shards',
    help:
      'A provisioned Kinesis data stream takes 1 MiB/s or 1,000 records/s of writes per shard and gives 2 MiB/s of reads per shard, shared by all classic consumers. ' +
      'The peak workload of the sources upstream needs more shards than the stream has: producers get ProvisionedThroughputExceeded and consumers fall behind. ' +
      'Add shards, or, when the reads of several consumers are what runs out, register those consumers for enhanced fan-out (each gets its own 2 MiB/s per shard).',
    notes: '5.2.2 Kinesis Streams Limitations',
  },
  PW402: {
    name: 'kds-getrecords-consumers',
    severity: 'warning',
    title: 'Too many classic consumers',
    help:
      'A shard serves 5 GetRecords calls per second, shared by every classic (polling) consumer. Consumers built on the Kinesis Client Library poll each shard every second, ' +
      'so a sixth consumer already pushes the shard past the limit: calls are throttled and every consumer falls behind, whatever the data volume. ' +
      'Register the consumers that can use it (Lambda, Managed Service for Apache Flink) for enhanced fan-out: records are pushed to them without GetRecords calls.',
    notes: '5.2.2 Kinesis Streams Limitations',
  },
  PW403: {
    name: 'kds-on-demand-default-capacity',
    severity: 'warning',
    title: 'Above on-demand starting capacity',
    help:
      'A new on-demand stream takes 4 MiB/s (4,000 records/s) of writes and 8 MiB/s of classic reads; it then scales to twice the highest peak of the last 30 days. ' +
      'A workload above the starting capacity is throttled until the stream has scaled, and again whenever traffic more than doubles the previous peak. ' +
      'For a known, high workload, provisioned shards sized for the peak avoid that.',
    notes: '5.2.1 Kinesis Streams - Capacity Modes',
  },
  PW404: {
    name: 'iot-connection-throughput',
    severity: 'error',
    title: 'Device connection over throughput',
    help:
      'One MQTT connection to AWS IoT Core carries at most 512 KiB/s (and 100 publishes/s; a fleet declaring more publishes is refused by its settings). ' +
      'A device publishing more bytes than that cannot keep up: the excess is held back and the device falls ever further behind. Send smaller or fewer messages, or spread the data over more connections.',
    notes: '17 MQTT',
  },
  PW405: {
    name: 'iot-account-publish-rate',
    severity: 'warning',
    title: 'Above the account publish quota',
    help:
      'AWS IoT Core accepts 20,000 inbound publishes per second per account by default (us-east-1). The device fleets of this pipeline publish more at peak: ' +
      'ask for a quota increase before going live, or publishes beyond it are throttled.',
    notes: '17 MQTT',
  },
  PW406: {
    name: 'firehose-direct-put-throughput',
    severity: 'warning',
    title: 'Above the Direct PUT quota',
    help:
      'A Firehose delivery stream fed by Direct PUT (producers, IoT rules, functions) takes 5 MiB/s and 500,000 records/s by default in us-east-1 (less in other Regions); beyond that, puts are throttled. ' +
      'The quota can be raised on request; otherwise split the traffic over several delivery streams or put it into a Kinesis data stream, which a delivery stream reads without this quota.',
    notes: '5.3 Kinesis Data Firehose',
  },
  PW407: {
    name: 'dynamodb-write-capacity-insufficient',
    severity: 'error',
    title: 'Too little write capacity',
    help:
      'A provisioned DynamoDB table takes one write per second of an item up to 1 KiB per write capacity unit (larger items take one unit per started KiB). ' +
      'The items written to it at peak need more units than it has: after a few minutes of burst allowance, writes are throttled. Raise the write capacity or use on-demand capacity.',
    notes: '7.3 DynamoDB',
  },
  PW408: {
    name: 'kds-single-partition-key',
    severity: 'error',
    title: 'One partition key for a multi-shard workload',
    help:
      'The partition key picks the shard. With one key for every record, the whole workload goes to one shard, which takes 1 MiB/s or 1,000 records/s however many shards the stream has ' +
      '(on-demand streams included). Use a key with many values: one per device or producer keeps order per source, a random key spreads evenly.',
    notes: '5.2.2 Kinesis Streams Limitations',
  },
} as const satisfies Record<string, FindingCodeEntry>;
