import type { z } from 'zod';
import { appProducer } from './kinds/app-producer';
import { athena } from './kinds/athena';
import { batchJob } from './kinds/batch-job';
import { cameraFleet } from './kinds/camera-fleet';
import { dataPipeline } from './kinds/data-pipeline';
import { datasync } from './kinds/datasync';
import { deviceFleet } from './kinds/device-fleet';
import { dms } from './kinds/dms';
import { dynamodbTable } from './kinds/dynamodb-table';
import { elasticache } from './kinds/elasticache';
import { emrCluster } from './kinds/emr-cluster';
import { glueCrawler } from './kinds/glue-crawler';
import { glueDataCatalog } from './kinds/glue-data-catalog';
import { glueEtlJob } from './kinds/glue-etl-job';
import { iotCore } from './kinds/iot-core';
import { kinesisAnalytics } from './kinds/kinesis-analytics';
import { kinesisDataStream } from './kinds/kinesis-data-stream';
import { kinesisFirehose } from './kinds/kinesis-firehose';
import { kinesisVideoStream } from './kinds/kinesis-video-stream';
import { kmsKey } from './kinds/kms-key';
import { lambda } from './kinds/lambda';
import { onpremDatabase } from './kinds/onprem-database';
import { onpremFileshare } from './kinds/onprem-fileshare';
import { opensearch } from './kinds/opensearch';
import { quicksight } from './kinds/quicksight';
import { rds } from './kinds/rds';
import { redshift } from './kinds/redshift';
import { rekognitionVideo } from './kinds/rekognition-video';
import { s3Bucket } from './kinds/s3-bucket';
import { sagemaker } from './kinds/sagemaker';
import { schedule } from './kinds/schedule';
import { splunk } from './kinds/splunk';
import { stepFunctions } from './kinds/step-functions';
import { vpcEndpoint } from './kinds/vpc-endpoint';
import type { KindDefinition } from './types';

/** Every node kind, by id, in the order of the product's catalog table (the palette's order within a category). */
export const KINDS = {
  // sources
  'app-producer': appProducer,
  'device-fleet': deviceFleet,
  'camera-fleet': cameraFleet,
  'onprem-database': onpremDatabase,
  'onprem-fileshare': onpremFileshare,
  // ingest
  'iot-core': iotCore,
  'datasync': datasync,
  'dms': dms,
  'kinesis-video-stream': kinesisVideoStream,
  // streaming
  'kinesis-data-stream': kinesisDataStream,
  'kinesis-firehose': kinesisFirehose,
  'kinesis-analytics': kinesisAnalytics,
  // compute
  'lambda': lambda,
  'glue-etl-job': glueEtlJob,
  'emr-cluster': emrCluster,
  'batch-job': batchJob,
  'sagemaker': sagemaker,
  'rekognition-video': rekognitionVideo,
  // storage
  's3-bucket': s3Bucket,
  'redshift': redshift,
  'rds': rds,
  'dynamodb-table': dynamodbTable,
  'opensearch': opensearch,
  'elasticache': elasticache,
  'splunk': splunk,
  // catalog and query
  'glue-data-catalog': glueDataCatalog,
  'glue-crawler': glueCrawler,
  'athena': athena,
  'quicksight': quicksight,
  // orchestration
  'step-functions': stepFunctions,
  'data-pipeline': dataPipeline,
  'schedule': schedule,
  // security and network
  'kms-key': kmsKey,
  'vpc-endpoint': vpcEndpoint,
} as const;

export type KindId = keyof typeof KINDS;
/** The parsed settings of a kind. */
export type ConfigOf<K extends KindId> = z.infer<(typeof KINDS)[K]['config']>;

export const KIND_IDS = Object.keys(KINDS) as KindId[];

export function isKindId(id: string): id is KindId {
  return Object.hasOwn(KINDS, id);
}

/** The definition of a kind, or undefined for an id this build does not know. */
export function kindOf(id: string): KindDefinition | undefined {
  return isKindId(id) ? KINDS[id] : undefined;
}

/** The settings a new node of this kind starts with. */
export function defaultConfig(id: KindId): Record<string, unknown> {
  return KINDS[id].config.parse({}) as Record<string, unknown>;
}
