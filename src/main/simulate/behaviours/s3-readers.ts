import type { KindId } from '../../../shared/catalog/registry';

/**
 * How each kind that takes a data edge from an S3 bucket (its catalog input accepts 's3-bucket')
 * reads the bucket, which decides whether the bucket hands it each new object:
 * - 'notified': S3 event notifications (s3:ObjectCreated:*): each new object is one event, on arrival.
 * - 'batch': a job reads what is new since its previous run (a job bookmark, a changed-files
 *   transfer); the bucket hands it each new object on arrival and the job holds it, counted as
 *   buffered, until a run takes it (batch-runs.ts).
 * - 'loaded': Redshift COPY, taken as one load per new object on arrival (as an auto-copy job does).
 * - 'routed': an S3 gateway endpoint passes the objects on to the VPC workloads behind it.
 * - 'in place': reads the stored objects where they are (Athena and Spectrum-style queries, crawls,
 *   manifests, reference data, definitions): nothing is handed on; Athena reads ctx.storedUpstream().
 */
export type S3Read = 'notified' | 'batch' | 'loaded' | 'routed' | 'in place';

export const S3_READS = {
  lambda: 'notified',
  'glue-etl-job': 'batch',
  'emr-cluster': 'batch',
  'batch-job': 'batch',
  sagemaker: 'batch',
  datasync: 'batch',
  redshift: 'loaded',
  'vpc-endpoint': 'routed',
  athena: 'in place',
  'glue-crawler': 'in place',
  quicksight: 'in place',
  'kinesis-analytics': 'in place',
  'data-pipeline': 'in place',
} as const satisfies Partial<Record<KindId, S3Read>>;

/** Whether a bucket hands each new object to a target of this kind (unknown kinds: no). */
export function s3HandsOn(kind: KindId | undefined): boolean {
  const read: S3Read | undefined = kind === undefined ? undefined : (S3_READS as Partial<Record<KindId, S3Read>>)[kind];
  return read !== undefined && read !== 'in place';
}
