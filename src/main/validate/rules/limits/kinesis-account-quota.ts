import { KINESIS_DATA_STREAMS_LIMITS_TABLE as L } from '../../../../shared/catalog/limits/kinesis-data-streams';
import type { Finding } from '../../../../shared/findings/finding';
import type { PipelineNode } from '../../../../shared/model/pipeline';
import { finding, type Rule } from '../../rule';

const SHARDS = L.shardsPerAccount.value;
const ON_DEMAND = L.onDemandStreamsPerAccount.value;
const n = (value: number) => value.toLocaleString('en-US');

/** PW307: more provisioned shards, or more on-demand streams, across the pipeline than an account has by default. */
export const kinesisAccountQuota: Rule = {
  code: 'PW307',
  scope: 'pipeline',
  check(ctx) {
    let shards = 0;
    let largest: { node: PipelineNode; shards: number } | undefined;
    const onDemand: PipelineNode[] = [];
    for (const node of ctx.pipeline.nodes) {
      const capacity = ctx.configOf(node, 'kinesis-data-stream')?.capacity;
      if (capacity?.mode === 'on-demand') onDemand.push(node);
      if (capacity?.mode !== 'provisioned') continue;
      shards += capacity.shardCount;
      if (!largest || capacity.shardCount > largest.shards) largest = { node, shards: capacity.shardCount };
    }
    const findings: Finding[] = [];
    if (largest && shards > SHARDS) {
      findings.push(
        finding('PW307', `The pipeline's data streams provision ${n(shards)} shards; an account has ${n(SHARDS)} by default (largest: ${largest.node.label}, ${n(largest.shards)})`, {
          nodeId: largest.node.id,
          path: ['capacity', 'shardCount'],
        }),
      );
    }
    if (onDemand.length > ON_DEMAND) {
      findings.push(
        finding('PW307', `The pipeline has ${n(onDemand.length)} on-demand data streams; an account has ${n(ON_DEMAND)} by default`, { nodeId: onDemand[0]!.id, path: ['capacity'] }),
      );
    }
    return findings;
  },
};
