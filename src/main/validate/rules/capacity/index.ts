import type { Rule } from '../../rule';
import { dynamodbWriteCapacityInsufficient } from './dynamodb-write-capacity-insufficient';
import { firehoseDirectPutThroughput } from './firehose-direct-put-throughput';
import { iotAccountPublishRate } from './iot-account-publish-rate';
import { iotConnectionThroughput } from './iot-connection-throughput';
import { kdsGetRecordsConsumers } from './kds-getrecords-consumers';
import { kdsOnDemandDefaultCapacity } from './kds-on-demand-default-capacity';
import { kdsShardsInsufficient } from './kds-shards-insufficient';
import { kdsSinglePartitionKey } from './kds-single-partition-key';

/**
 * The capacity rules, one per file in this folder. Rules that weigh a node against its workload
 * are pipeline-scoped and share one linear propagation of the declared rates (workload.ts);
 * rules that need only a node and its neighbours are node-scoped.
 */
export const CAPACITY_RULES: readonly Rule[] = [
  kdsShardsInsufficient,
  kdsGetRecordsConsumers,
  kdsOnDemandDefaultCapacity,
  iotConnectionThroughput,
  iotAccountPublishRate,
  firehoseDirectPutThroughput,
  dynamodbWriteCapacityInsufficient,
  kdsSinglePartitionKey,
];
