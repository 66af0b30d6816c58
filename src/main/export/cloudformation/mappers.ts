import type { KindId } from '../../../shared/catalog/registry';
import { mapAppProducer } from './app-producer';
import { mapKinesisFirehose } from './kinesis-firehose';
import type { Mapper } from './mapper';
import { notExportedYet, outsideAws } from './not-exported';
import { mapS3Bucket } from './s3-bucket';

/**
 * One mapper per kind: a kind added to the catalog does not compile until it has one here. Kinds
 * without a mapping yet leave a note in the template's Metadata instead of resources.
 */
export const MAPPERS = {
  'app-producer': mapAppProducer,
  'device-fleet': outsideAws('device-fleet'),
  'camera-fleet': outsideAws('camera-fleet'),
  'onprem-database': outsideAws('onprem-database'),
  'onprem-fileshare': outsideAws('onprem-fileshare'),
  'iot-core': notExportedYet('iot-core'),
  datasync: notExportedYet('datasync'),
  dms: notExportedYet('dms'),
  'kinesis-video-stream': notExportedYet('kinesis-video-stream'),
  'kinesis-data-stream': notExportedYet('kinesis-data-stream'),
  'kinesis-firehose': mapKinesisFirehose,
  'kinesis-analytics': notExportedYet('kinesis-analytics'),
  lambda: notExportedYet('lambda'),
  'glue-etl-job': notExportedYet('glue-etl-job'),
  'emr-cluster': notExportedYet('emr-cluster'),
  'batch-job': notExportedYet('batch-job'),
  sagemaker: notExportedYet('sagemaker'),
  'rekognition-video': notExportedYet('rekognition-video'),
  's3-bucket': mapS3Bucket,
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
} satisfies { [K in KindId]: Mapper<K> };

/** The mapper of kind K, typed for K (indexing with a union of kinds would lose the link to the config type). */
export function mapperOf<K extends KindId>(kind: K): Mapper<K> {
  const mappers: { [P in KindId]: Mapper<P> } = MAPPERS;
  return mappers[kind];
}
