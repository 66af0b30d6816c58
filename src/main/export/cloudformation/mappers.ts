import type { KindId } from '../../../shared/catalog/registry';
import { appProducerMapping } from './app-producer';
import { athenaMapping } from './athena';
import { batchJobMapping } from './batch-job';
import { dataPipelineMapping } from './data-pipeline';
import { datasyncMapping } from './datasync';
import { dmsMapping } from './dms';
import { dynamodbTableMapping } from './dynamodb-table';
import { elasticacheMapping } from './elasticache';
import { emrClusterMapping } from './emr-cluster';
import { glueCrawlerMapping } from './glue-crawler';
import { glueDataCatalogMapping } from './glue-data-catalog';
import { glueEtlJobMapping } from './glue-etl-job';
import { iotCoreMapping } from './iot-core';
import { kinesisAnalyticsMapping } from './kinesis-analytics';
import { kinesisDataStreamMapping } from './kinesis-data-stream';
import { kinesisFirehoseMapping } from './kinesis-firehose';
import { kinesisVideoStreamMapping } from './kinesis-video-stream';
import { kmsKeyMapping } from './kms-key';
import { lambdaMapping } from './lambda';
import type { KindMapping } from './mapper';
import { outsideAws } from './not-exported';
import { opensearchMapping } from './opensearch';
import { quicksightMapping } from './quicksight';
import { rdsMapping } from './rds';
import { redshiftMapping } from './redshift';
import { rekognitionVideoMapping } from './rekognition-video';
import { s3BucketMapping } from './s3-bucket';
import { sagemakerMapping } from './sagemaker';
import { scheduleMapping } from './schedule';
import { stepFunctionsMapping } from './step-functions';
import { vpcEndpointMapping } from './vpc-endpoint';

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
  'iot-core': iotCoreMapping,
  datasync: datasyncMapping,
  dms: dmsMapping,
  'kinesis-video-stream': kinesisVideoStreamMapping,
  'kinesis-data-stream': kinesisDataStreamMapping,
  'kinesis-firehose': kinesisFirehoseMapping,
  'kinesis-analytics': kinesisAnalyticsMapping,
  lambda: lambdaMapping,
  'glue-etl-job': glueEtlJobMapping,
  'emr-cluster': emrClusterMapping,
  'batch-job': batchJobMapping,
  sagemaker: sagemakerMapping,
  'rekognition-video': rekognitionVideoMapping,
  's3-bucket': s3BucketMapping,
  redshift: redshiftMapping,
  rds: rdsMapping,
  'dynamodb-table': dynamodbTableMapping,
  opensearch: opensearchMapping,
  elasticache: elasticacheMapping,
  splunk: outsideAws('splunk'),
  'glue-data-catalog': glueDataCatalogMapping,
  'glue-crawler': glueCrawlerMapping,
  athena: athenaMapping,
  quicksight: quicksightMapping,
  'step-functions': stepFunctionsMapping,
  'data-pipeline': dataPipelineMapping,
  schedule: scheduleMapping,
  'kms-key': kmsKeyMapping,
  'vpc-endpoint': vpcEndpointMapping,
} satisfies { [K in KindId]: KindMapping<K> };

/** The mapping of kind K, typed for K (indexing with a union of kinds would lose the link to the config type). */
export function mappingOf<K extends KindId>(kind: K): KindMapping<K> {
  const mappings: { [P in KindId]: KindMapping<P> } = MAPPINGS;
  return mappings[kind];
}
