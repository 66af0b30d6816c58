import type { StorageClass } from '../s3-lifecycle';
import type { AwsPrice } from './units';

const INFRACOST = 'reference table aws-limits-and-prices.md, Amazon S3: infracost golden s3_bucket_test.golden (us-east-1, 2024-07-01)';
const PRICE_DUMP = 'reference table aws-limits-and-prices.md, Amazon S3: price dump "Source: AWS Pricing API, retrieved 2025-10-28" (us-east-1) [secondary], same as infracost (2024-07-01) where both have it';

/** Storage, per GB-month, by class (first 50 TB for Standard; Intelligent-Tiering at its Frequent Access tier). */
export const S3_STORAGE_PRICES = {
  Standard: { value: 0.023, unit: 'USD per GB-month (first 50 TB)', source: PRICE_DUMP },
  'Intelligent-Tiering': { value: 0.023, unit: 'USD per GB-month (Frequent Access tier)', source: PRICE_DUMP },
  'Standard-IA': { value: 0.0125, unit: 'USD per GB-month', source: PRICE_DUMP },
  'One Zone-IA': { value: 0.01, unit: 'USD per GB-month', source: PRICE_DUMP },
  'Glacier Instant Retrieval': { value: 0.004, unit: 'USD per GB-month', source: PRICE_DUMP },
  'Glacier Flexible Retrieval': { value: 0.0036, unit: 'USD per GB-month', source: INFRACOST },
  'Deep Archive': { value: 0.00099, unit: 'USD per GB-month', source: INFRACOST },
} as const satisfies Record<StorageClass, AwsPrice>;

export const S3_RETRIEVAL_PRICES = {
  glacierFlexibleStandardPerGiB: { value: 0.01, unit: 'USD per GB restored (Glacier Flexible Retrieval, Standard tier, 3-5 h)', source: INFRACOST },
  // The reference table notes a conflict for the request fee (re:Post worked example 0.05, infracost 0.03); quoted as the higher one.
  glacierFlexibleStandardPerThousandRequests: { value: 0.05, unit: 'USD per 1,000 restore requests (Glacier Flexible Retrieval, Standard tier)', source: 'repost.aws/knowledge-center/s3-manage-data-retrieval via the reference table (infracost: 0.03)' },
  deepArchiveStandardPerGiB: { value: 0.02, unit: 'USD per GB restored (Deep Archive, Standard tier, within 12 h)', source: INFRACOST },
  deepArchiveStandardPerThousandRequests: { value: 0.1, unit: 'USD per 1,000 restore requests (Deep Archive, Standard tier)', source: INFRACOST },
} as const satisfies Record<string, AwsPrice>;

/**
 * Requests per 1,000, by class of the object. Glacier Instant Retrieval request prices are marked
 * unverified in the reference table, so they are left out (the cost model reports them unknown).
 */
export const S3_REQUEST_PRICES: Partial<Record<StorageClass, { put: AwsPrice; get: AwsPrice }>> = {
  Standard: { put: { value: 0.005, unit: 'USD per 1,000 PUT/COPY/POST/LIST', source: PRICE_DUMP }, get: { value: 0.0004, unit: 'USD per 1,000 GET/SELECT', source: PRICE_DUMP } },
  'Intelligent-Tiering': { put: { value: 0.005, unit: 'USD per 1,000 PUT/COPY/POST/LIST', source: PRICE_DUMP }, get: { value: 0.0004, unit: 'USD per 1,000 GET/SELECT', source: PRICE_DUMP } },
  'Standard-IA': { put: { value: 0.01, unit: 'USD per 1,000 PUT', source: INFRACOST }, get: { value: 0.001, unit: 'USD per 1,000 GET', source: INFRACOST } },
  'One Zone-IA': { put: { value: 0.01, unit: 'USD per 1,000 PUT', source: INFRACOST }, get: { value: 0.001, unit: 'USD per 1,000 GET', source: INFRACOST } },
  'Glacier Flexible Retrieval': { put: { value: 0.03, unit: 'USD per 1,000 PUT', source: INFRACOST }, get: { value: 0.0004, unit: 'USD per 1,000 GET', source: INFRACOST } },
  'Deep Archive': { put: { value: 0.05, unit: 'USD per 1,000 PUT', source: INFRACOST }, get: { value: 0.0004, unit: 'USD per 1,000 GET', source: INFRACOST } },
};

/** Lifecycle transition requests per 1,000 objects, by target class (to Glacier Instant Retrieval: unverified, left out). */
export const S3_TRANSITION_PRICES: Partial<Record<StorageClass, AwsPrice>> = {
  'Intelligent-Tiering': { value: 0.01, unit: 'USD per 1,000 objects transitioned', source: INFRACOST },
  'Standard-IA': { value: 0.01, unit: 'USD per 1,000 objects transitioned', source: INFRACOST },
  'One Zone-IA': { value: 0.01, unit: 'USD per 1,000 objects transitioned', source: INFRACOST },
  'Glacier Flexible Retrieval': { value: 0.03, unit: 'USD per 1,000 objects transitioned', source: INFRACOST },
  'Deep Archive': { value: 0.05, unit: 'USD per 1,000 objects transitioned', source: INFRACOST },
};
