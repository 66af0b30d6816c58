/**
 * AWS quotas the catalog, validator and simulator rely on live in this folder, one file per
 * service, each number with where it comes from (the project's reference table of AWS limits and
 * prices, us-east-1, or the AWS page it cites). Never invent a number: add the row with its source.
 */
export interface AwsLimit {
  readonly value: number;
  readonly unit: string;
  readonly source: string;
}

/** 1 MiB in bytes: AWS's Kinesis and Firehose "MB" limits are binary (see the reference notes). */
export const MIB = 1_048_576;
/** 1 KiB in bytes. */
export const KIB = 1_024;
