import type { KindId } from '../../../shared/catalog/registry';
import { appProducerBehaviour } from './app-producer';
import { athenaBehaviour } from './athena';
import { cameraFleetBehaviour } from './camera-fleet';
import { datasyncBehaviour } from './datasync';
import { deviceFleetBehaviour } from './device-fleet';
import { dmsBehaviour } from './dms';
import { dynamodbTableBehaviour } from './dynamodb-table';
import { elasticacheBehaviour } from './elasticache';
import { glueCrawlerBehaviour } from './glue-crawler';
import { glueEtlJobBehaviour } from './glue-etl-job';
import { iotCoreBehaviour } from './iot-core';
import { kinesisAnalyticsBehaviour } from './kinesis-analytics';
import { kinesisDataStreamBehaviour } from './kinesis-data-stream';
import { kinesisFirehoseBehaviour } from './kinesis-firehose';
import { kinesisVideoStreamBehaviour } from './kinesis-video-stream';
import { lambdaBehaviour } from './lambda';
import { carriesNoData } from './carries-no-data';
import { onpremDatabaseBehaviour } from './onprem-database';
import { onpremFileshareBehaviour } from './onprem-fileshare';
import { opensearchBehaviour } from './opensearch';
import { quicksightBehaviour } from './quicksight';
import { rdsBehaviour } from './rds';
import { redshiftBehaviour } from './redshift';
import { rekognitionVideoBehaviour } from './rekognition-video';
import { s3BucketBehaviour } from './s3-bucket';
import { scheduleBehaviour } from './schedule';
import { sagemakerBehaviour } from './sagemaker';
import { splunkBehaviour } from './splunk';
import { startedJob } from './started-jobs';
import { stepFunctionsBehaviour } from './step-functions';
import { vpcEndpointBehaviour } from './vpc-endpoint';
import type { Behaviour } from './types';

/**
 * How each kind behaves in the simulator: a new kind does not compile until it has an entry here.
 * Kinds that carry no records (catalogs, schedules, keys, orchestrators without data) refuse them.
 */
export const BEHAVIOURS = {
  'app-producer': appProducerBehaviour,
  'device-fleet': deviceFleetBehaviour,
  'camera-fleet': cameraFleetBehaviour,
  'onprem-database': onpremDatabaseBehaviour,
  'onprem-fileshare': onpremFileshareBehaviour,
  'iot-core': iotCoreBehaviour,
  datasync: datasyncBehaviour,
  dms: dmsBehaviour,
  'kinesis-video-stream': kinesisVideoStreamBehaviour,
  'kinesis-data-stream': kinesisDataStreamBehaviour,
  'kinesis-firehose': kinesisFirehoseBehaviour,
  'kinesis-analytics': kinesisAnalyticsBehaviour,
  lambda: lambdaBehaviour,
  'glue-etl-job': glueEtlJobBehaviour,
  'emr-cluster': startedJob<'emr-cluster'>('EMR steps', (config) => config.stepRunMinutes * 60),
  'batch-job': startedJob<'batch-job'>('Batch jobs', (config) => Math.min(config.runMinutes * 60, config.timeoutSeconds)),
  sagemaker: sagemakerBehaviour,
  'rekognition-video': rekognitionVideoBehaviour,
  's3-bucket': s3BucketBehaviour,
  redshift: redshiftBehaviour,
  rds: rdsBehaviour,
  'dynamodb-table': dynamodbTableBehaviour,
  opensearch: opensearchBehaviour,
  elasticache: elasticacheBehaviour,
  splunk: splunkBehaviour,
  'glue-data-catalog': carriesNoData(),
  'glue-crawler': glueCrawlerBehaviour,
  athena: athenaBehaviour,
  quicksight: quicksightBehaviour,
  'step-functions': stepFunctionsBehaviour,
  'data-pipeline': carriesNoData(),
  schedule: scheduleBehaviour,
  'kms-key': carriesNoData(),
  'vpc-endpoint': vpcEndpointBehaviour,
} satisfies { [K in KindId]: Behaviour<K> };
