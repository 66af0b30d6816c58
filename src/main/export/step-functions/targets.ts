import { parseConfig } from '../cloudformation/config';
import type { ConnectedNode, MapperContext } from '../cloudformation/mapper';

/** The kinds a workflow or a schedule can start (their `starts` ports, catalog kinds step-functions.ts and schedule.ts). */
export const STARTABLE_KINDS = ['glue-etl-job', 'glue-crawler', 'batch-job', 'lambda', 'emr-cluster', 'sagemaker', 'athena', 'step-functions', 'dms', 'datasync'] as const;
export type StartableKind = (typeof STARTABLE_KINDS)[number];

/** A node started through a control edge, with its kind as a discriminant so `config` is typed. */
export type StartTarget = { [K in StartableKind]: ConnectedNode<K> & { kind: K } }[StartableKind];

const isStartable = (kind: string): kind is StartableKind => (STARTABLE_KINDS as readonly string[]).includes(kind);

/**
 * What the node's control edges start, in edge order (the order the user drew them), each node
 * once. Data and metadata edges are not starts: only `starts` ports carry control.
 */
export function startTargets(ctx: MapperContext): StartTarget[] {
  const targets: StartTarget[] = [];
  for (const edge of ctx.outgoing) {
    if ((edge.sourcePort ?? 'starts') !== 'starts') continue;
    const node = ctx.pipeline.nodes.find((n) => n.id === edge.target);
    const logicalId = node && ctx.logicalIdOf(node.id);
    if (!node || logicalId === undefined || !isStartable(node.kind) || targets.some((t) => t.node.id === node.id)) continue;
    targets.push({ kind: node.kind, node, logicalId, config: parseConfig(node.kind, node) } as StartTarget);
  }
  return targets;
}
