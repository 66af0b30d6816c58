/**
 * AWS list prices (us-east-1, USD) the cost rules quote, one file per service, each with where it
 * comes from: the project's reference table of AWS limits and prices
 * (aws-limits-and-prices.md), which names its sources. Never type a price inline: add the row.
 */
export interface AwsPrice {
  readonly value: number;
  readonly unit: string;
  readonly source: string;
}

/** Hours in a month as AWS's pricing calculator counts them (the reference table's convention). */
export const HOURS_PER_MONTH = 730;
/** Days in that month. */
export const DAYS_PER_MONTH = HOURS_PER_MONTH / 24;
/** AWS's "GB" in prices is 2^30 bytes (reference table, billing units). */
export const GIB = 1_073_741_824;
