import type { KindId } from '../../../shared/catalog/registry';
import { appProducerMapping } from './kinds/app-producer';
import { athenaMapping } from './kinds/athena';
import { batchJobMapping } from './kinds/batch-job';
import { dataPipelineMapping } from './kinds/data-pipeline';
import { datasyncMapping } from './kinds/datasync';
import { dmsMapping } from './kinds/dms';
import { dynamodbTableMapping } from './kinds/dynamodb-table';
import { elasticacheMapping } from './kinds/elasticache';
import { emrClusterMapping } from './kinds/emr-cluster';
import { glueCrawlerMapping } from './kinds/glue-crawler';
import { glueDataCatalogMapping } from './kinds/glue-data-catalog';
import { glueEtlJobMapping } from './kinds/glue-etl-job';
import { iotCoreMapping } from './kinds/iot-core';
import { kinesisAnalyticsMapping } from './kinds/kinesis-analytics';
import { kinesisDataStreamMapping } from './kinds/kinesis-data-stream';
import { kinesisFirehoseMapping } from './kinds/kinesis-firehose';
import { kinesisVideoStreamMapping } from './kinds/kinesis-video-stream';
import { kmsKeyMapping } from './kinds/kms-key';
import { lambdaMapping } from './kinds/lambda';
import type { KindMapping } from './mapper';
import { outsideAws } from './outside-aws';
import { opensearchMapping } from './kinds/opensearch';
import { quicksightMapping } from './kinds/quicksight';
import { rdsMapping } from './kinds/rds';
import { redshiftMapping } from './kinds/redshift';
import { rekognitionVideoMapping } from './kinds/rekognition-video';
import { s3BucketMapping } from './kinds/s3-bucket';
import { sagemakerMapping } from './kinds/sagemaker';
import { scheduleMapping } from './kinds/schedule';
import { stepFunctionsMapping } from './kinds/step-functions';
import { vpcEndpointMapping } from './kinds/vpc-endpoint';

/**
 * One two-way mapping per kind: a kind added to the catalog does not compile until it has one here.
 * Sources outside AWS have no resources; the template's Metadata keeps them.
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
