import type { AwsPrice } from './units';

export const ATHENA_PRICES = {
  perTiBScanned: {
    value: 5,
    unit: 'USD per TB scanned (SQL queries; at least 10 MB per query)',
    source: 'reference table aws-limits-and-prices.md, Amazon Athena SQL query price: athena.guide pricing article (2020), rcpedia.stanford.edu, a cost model quoting aws.amazon.com/athena/pricing/ (2026) [secondary]',
  },
} as const satisfies Record<string, AwsPrice>;
