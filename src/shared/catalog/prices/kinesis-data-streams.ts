import type { AwsPrice } from './units';

const INFRACOST = 'reference table aws-limits-and-prices.md, Kinesis Data Streams: infracost golden kinesis_stream_test.golden (us-east-1, 2024-07-01), matching a cost model quoting aws.amazon.com/kinesis/data-streams/pricing/ (2026)';
const PRICING_PAGE = 'aws.amazon.com/kinesis/data-streams/pricing/ (via the reference table)';

export const KINESIS_DATA_STREAMS_PRICES = {
  shardHour: { value: 0.015, unit: 'USD per provisioned shard-hour', source: INFRACOST },
  putPayloadUnitsPerMillion: { value: 0.014, unit: 'USD per million PUT payload units (provisioned)', source: INFRACOST },
  // "each 25 KB chunk of a record"; taken as 25 KiB.
  putPayloadUnitBytes: { value: 25 * 1_024, unit: 'bytes per PUT payload unit (each started unit of a record counts)', source: PRICING_PAGE },
  efoConsumerShardHour: { value: 0.015, unit: 'USD per enhanced fan-out consumer-shard-hour (provisioned)', source: INFRACOST },
  efoDataPerGiB: { value: 0.013, unit: 'USD per GB read by enhanced fan-out consumers (provisioned)', source: INFRACOST },
  onDemandStreamHour: { value: 0.04, unit: 'USD per on-demand stream-hour (On-demand Standard)', source: INFRACOST },
  onDemandDataInPerGiB: { value: 0.08, unit: 'USD per GB written (on-demand)', source: INFRACOST },
  onDemandRecordRoundingBytes: { value: 1_024, unit: 'bytes: each on-demand record is billed rounded up to a whole KiB', source: PRICING_PAGE },
  onDemandDataOutPerGiB: { value: 0.04, unit: 'USD per GB read by classic consumers (on-demand)', source: INFRACOST },
  onDemandEfoDataPerGiB: { value: 0.05, unit: 'USD per GB read by enhanced fan-out consumers (on-demand)', source: INFRACOST },
} as const satisfies Record<string, AwsPrice>;
