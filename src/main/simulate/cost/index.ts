import { KINDS, isKindId, type ConfigOf, type KindId } from '../../../shared/catalog/registry';
import type { Pipeline } from '../../../shared/model/pipeline';
import type { NodeStats, SimulationResult } from '../../../shared/model/simulation-result';
import { dmsCost, redshiftCost } from './always-on';
import { athenaCost, datasyncCost, dynamodbCost, glueJobCost, lambdaCost, stepFunctionsCost } from './requests';
import { s3BucketCost } from './s3-bucket';
import { firehoseCost, iotCoreCost, kinesisStreamCost } from './streaming';
import { unknownCost, type CostInput, type CostModel, type NodeCost } from './types';

/**
 * The cost model: us-east-1 list prices from src/shared/catalog/prices (the reference table),
 * applied to what each node did in a run and to its settings. A month is 730 hours (AWS calculator
 * convention). A kind whose price is not in the reference table, or whose usage the run does not
 * give, costs null with a note: it is never guessed.
 */
const outsideAws: CostModel<KindId> = () => ({ costUsd: 0, costUsdPerMonth: 0, notes: ['outside AWS: no AWS charge'] });
const noPrice = (what: string): CostModel<KindId> => () => unknownCost(`${what} prices are not in the reference table`);

const COST_MODELS: { [K in KindId]: CostModel<K> } = {
  'app-producer': outsideAws,
  'device-fleet': outsideAws,
  'camera-fleet': outsideAws,
  'onprem-database': outsideAws,
  'onprem-fileshare': outsideAws,
  splunk: outsideAws,
  'iot-core': iotCoreCost,
  datasync: datasyncCost,
  dms: dmsCost,
  'kinesis-video-stream': noPrice('Kinesis Video Streams'),
  'kinesis-data-stream': kinesisStreamCost,
  'kinesis-firehose': firehoseCost,
  'kinesis-analytics': noPrice('Managed Service for Apache Flink (us-east-1)'),
  lambda: lambdaCost,
  'glue-etl-job': glueJobCost,
  'emr-cluster': noPrice('EMR and EC2 instance'),
  'batch-job': () => unknownCost('AWS Batch itself is free; the EC2 or Fargate compute it runs on is not priced in the reference table'),
  sagemaker: noPrice('SageMaker instance'),
  'rekognition-video': noPrice('Rekognition Video'),
  's3-bucket': s3BucketCost,
  redshift: redshiftCost,
  rds: noPrice('RDS instance'),
  'dynamodb-table': dynamodbCost,
  opensearch: noPrice('OpenSearch instance'),
  elasticache: noPrice('ElastiCache node'),
  'glue-data-catalog': () => unknownCost('Data Catalog object and request counts are not simulated (the first million of each a month are free)'),
  'glue-crawler': ({ stats }) => unknownCost(`${stats.usage?.runs ?? 0} crawler runs; their duration and DPUs are not simulated`),
  athena: athenaCost,
  quicksight: noPrice('QuickSight'),
  'step-functions': stepFunctionsCost,
  'data-pipeline': noPrice('Data Pipeline'),
  schedule: noPrice('EventBridge Scheduler'),
  'kms-key': noPrice('KMS key and request'),
  'vpc-endpoint': noPrice('VPC endpoint'),
};

function costOf<K extends KindId>(kind: K, input: CostInput<K>): NodeCost {
  const models: { [P in KindId]: CostModel<P> } = COST_MODELS;
  return models[kind](input);
}

/** Parsed settings of the pipeline's nodes, by id (the engine simulates only nodes that parse). */
export function nodeConfigs(pipeline: Pipeline): Map<string, { kind: KindId; config: unknown; label: string }> {
  const configs = new Map<string, { kind: KindId; config: unknown; label: string }>();
  for (const node of pipeline.nodes) {
    if (configs.has(node.id) || !isKindId(node.kind)) continue;
    const parsed = KINDS[node.kind].config.safeParse(node.config);
    if (parsed.success) configs.set(node.id, { kind: node.kind, config: parsed.data, label: node.label || node.id });
  }
  return configs;
}

/** Prices one node of a run. */
export function nodeCost(pipeline: Pipeline, result: SimulationResult, stats: NodeStats): NodeCost {
  const node = nodeConfigs(pipeline).get(stats.nodeId);
  if (!node) return unknownCost('settings not simulated');
  return costOf(node.kind, { config: node.config as ConfigOf<typeof node.kind>, stats, runSeconds: result.durationSeconds, simulatedSeconds: result.simulatedSeconds });
}

/** The result with `costUsd` on each node, `costUsdPerMonth` { total, byNode } and a note per unpriced node. */
export function addCosts(pipeline: Pipeline, result: SimulationResult): SimulationResult {
  const configs = nodeConfigs(pipeline);
  const byNode: Record<string, number | null> = {};
  const notes = [...result.notes];
  let total = 0;
  const nodes = result.nodes.map((stats) => {
    const node = configs.get(stats.nodeId);
    const cost = node
      ? costOf(node.kind, { config: node.config as ConfigOf<typeof node.kind>, stats, runSeconds: result.durationSeconds, simulatedSeconds: result.simulatedSeconds })
      : unknownCost('settings not simulated');
    byNode[stats.nodeId] = cost.costUsdPerMonth;
    total += cost.costUsdPerMonth ?? 0;
    for (const text of cost.notes) notes.push(`Cost of ${node?.label ?? stats.nodeId}: ${text}${cost.costUsd === null ? ' (cost unknown, left out of the total)' : ''}.`);
    return { ...stats, costUsd: cost.costUsd };
  });
  return { ...result, nodes, costUsdPerMonth: { total, byNode }, notes: [...new Set(notes)] };
}
