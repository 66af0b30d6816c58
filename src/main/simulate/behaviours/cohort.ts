import type { Cohort } from './types';

/**
 * Some of a cohort's records, as a new cohort with the same production time, sizes and origin.
 * Every field is written, in one order, so that the hot paths (a stream's reads, a Lambda's
 * batches) see cohorts of one object shape; spreading a cohort instead gave each path its own.
 */
export function partOfCohort(cohort: Cohort, records: number, bytes: number, polled = cohort.polled): Cohort {
  return {
    kind: 'records',
    records,
    bytes,
    producedAt: cohort.producedAt,
    minRecordBytes: cohort.minRecordBytes,
    maxRecordBytes: cohort.maxRecordBytes,
    sources: cohort.sources,
    polled,
    origin: cohort.origin,
  };
}
