import type { KindId } from '../../../shared/catalog/registry';
import { appProducerMapping } from './app-producer';
import { kinesisFirehoseMapping } from './kinesis-firehose';
import type { KindMapping } from './mapper';
import { notExportedYet, outsideAws } from './not-exported';
import { s3BucketMapping } from './s3-bucket';

/**
 * One mapping per kind: a kind added to the catalog does not compile until it has one here. Kinds
 * without a mapping yet leave a note in the template's Metadata instead of resources.
 */
export const MAPPINGS = {
  'app-producer': appProducerMapping,
  'device-fleet': outsideAws('device-fleet'),
  'camera-fleet': outsideAws('camera-fleet'),
  'onprem-database': outsideAws('onprem-database'),
  'onprem-fileshare': outsideAws('onprem-fileshare'),
  'iot-core': notExportedYet('iot-core'),
  datasync: notExportedYet('datasync'),
  dms: notExportedYet('dms'),
  'kinesis-video-stream': notExportedYet('kinesis-video-stream'),
  'kinesis-data-stream': notExportedYet('kinesis-data-stream'),
  'kinesis-firehose': kinesisFirehoseMapping,
  'kinesis-analytics': notExportedYet('kinesis-analytics'),
  lambda: notExportedYet('lambda'),
  'glue-etl-job': notExportedYet('glue-etl-job'),
  'emr-cluster': notExportedYet('emr-cluster'),
  'batch-job': notExportedYet('batch-job'),
  sagemaker: notExportedYet('sagemaker'),
  'rekognition-video': notExportedYet('rekognition-video'),
  's3-bucket': s3BucketMapping,
  redshift: notExportedYet('redshift'),
  rds: notExportedYet('rds'),
  'dynamodb-table': notExportedYet('dynamodb-table'),
  opensearch: notExportedYet('opensearch'),
  elasticache: notExportedYet('elasticache'),
  splunk: outsideAws('splunk'),
  'glue-data-catalog': notExportedYet('glue-data-catalog'),
  'glue-crawler': notExportedYet('glue-crawler'),
  athena: notExportedYet('athena'),
  quicksight: notExportedYet('quicksight'),
  'step-functions': notExportedYet('step-functions'),
  'data-pipeline': notExportedYet('data-pipeline'),
  schedule: notExportedYet('schedule'),
  'kms-key': notExportedYet('kms-key'),
  'vpc-endpoint': notExportedYet('vpc-endpoint'),
} satisfies { [K in KindId]: KindMapping<K> };

/** The mapping of kind K, typed for K (indexing with a union of kinds would lose the link to the config type). */
export function mappingOf<K extends KindId>(kind: K): KindMapping<K> {
  const mappings: { [P in KindId]: KindMapping<P> } = MAPPINGS;
  return mappings[kind];
}
