import type { KindId } from '../../../shared/catalog/registry';
import type { NodeDescription } from './types';

/**
 * How each kind that takes a data edge from an S3 bucket (its catalog input accepts 's3-bucket')
 * reads the bucket, which decides whether the bucket hands it each new object:
 * - 'notified': S3 event notifications (s3:ObjectCreated:*): each new object is one event, on arrival.
 * - 'batch': a job reads what is new since its previous run (a job bookmark, a changed-files
 *   transfer); the bucket hands it each new object on arrival and the job holds it, counted as
 *   buffered, until a run takes it (batch-runs.ts).
 * - 'loaded': Redshift COPY, taken as one load per new object on arrival (as an auto-copy job does);
 *   with Spectrum on, Redshift queries the bucket in place instead (s3ReadOf).
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

/**
 * How a node reads the bucket feeding it: its kind's way, except where its settings say otherwise:
 * Redshift with Spectrum queries the bucket in place (external tables) rather than COPYing it, and a
 * SageMaker real-time endpoint has no S3 input channel (only its jobs read S3).
 */
export function s3ReadOf(node: NodeDescription | undefined): S3Read | undefined {
  if (!node) return undefined;
  if (node.kind === 'redshift' && node.config.spectrum.enabled) return 'in place';
  if (node.kind === 'sagemaker' && node.config.workload.mode === 'endpoint') return 'in place';
  return (S3_READS as Partial<Record<KindId, S3Read>>)[node.kind];
}

/** Whether a bucket hands each new object to this target (kinds that cannot read a bucket: no). */
export function s3HandsOn(node: NodeDescription | undefined): boolean {
  const read = s3ReadOf(node);
  return read !== undefined && read !== 'in place';
}
