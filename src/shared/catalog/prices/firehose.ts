import type { AwsPrice } from './units';

const COST_MODEL = "reference table aws-limits-and-prices.md, Amazon Data Firehose: public GitHub project cost model quoting aws.amazon.com/firehose/pricing/ for us-east-1, 'fetched 2026-09-25' [secondary]";
const LIMITS_PAGE = 'github:awsdocs/amazon-kinesis-data-firehose-developer-guide doc_source/limits.md (via the reference table)';

export const FIREHOSE_PRICES = {
  ingestionPerGiB: { value: 0.029, unit: 'USD per GB ingested, first 500 TB/month (Direct PUT or KDS source)', source: COST_MODEL },
  // Each record is billed rounded up to the next 5 KB (5,120 B).
  ingestionRecordRoundingBytes: { value: 5_120, unit: 'bytes: each record is billed rounded up to a multiple of this', source: LIMITS_PAGE },
  // The reference table: whether the 5 KB rounding also applies here is unverified; applied to the billed (rounded) GB.
  formatConversionPerGiB: { value: 0.018, unit: 'USD per GB ingested (record format conversion)', source: COST_MODEL },
  dynamicPartitioningPerGiB: { value: 0.02, unit: 'USD per GB processed by dynamic partitioning', source: COST_MODEL },
  dynamicPartitioningPerThousandObjects: { value: 0.005, unit: 'USD per 1,000 S3 objects delivered (dynamic partitioning)', source: COST_MODEL },
} as const satisfies Record<string, AwsPrice>;
