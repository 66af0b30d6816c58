import type { PipelineEdge, PipelineNode } from '../../../../shared/model/pipeline';
import type { RuleContext } from '../../rule';

/**
 * The pipeline's data edges as a graph between stations, for the structure rules that follow
 * records across the whole pipeline. A station is a node, except that an S3 gateway endpoint is
 * two stations, one per direction (VPC workloads → S3, and S3 → VPC workloads): records entering
 * on one side leave on that side only, so a workload that reads and writes through the same
 * endpoint is not a loop.
 */
export interface DataGraph {
  /** Station ids, in the order of the pipeline's nodes. */
  readonly stations: readonly string[];
  /** The node a station belongs to. */
  readonly nodeOf: ReadonlyMap<string, PipelineNode>;
  /** Stations each station sends data to (and receives data from). */
  readonly next: ReadonlyMap<string, readonly string[]>;
  readonly previous: ReadonlyMap<string, readonly string[]>;
}

const ENDPOINT = 'vpc-endpoint';
const TO_S3 = 'to-s3';
const TO_VPC = 'to-vpc';

const lane = (node: PipelineNode, direction: string) => `${node.id}\u0000${direction}`;

/** The station an edge leaves from. */
function from(edge: PipelineEdge, source: PipelineNode, target: PipelineNode): string {
  if (source.kind !== ENDPOINT) return source.id;
  return lane(source, (edge.sourcePort ?? (target.kind === 's3-bucket' ? TO_S3 : TO_VPC)) === TO_S3 ? TO_S3 : TO_VPC);
}

/** The station an edge arrives at. */
function to(edge: PipelineEdge, source: PipelineNode, target: PipelineNode): string {
  if (target.kind !== ENDPOINT) return target.id;
  return lane(target, (edge.targetPort ?? (source.kind === 's3-bucket' ? 'from-s3' : 'from-vpc')) === 'from-s3' ? TO_VPC : TO_S3);
}

/** The graph, built once per run in O(nodes + edges). Edges to missing nodes, self-loops and control or metadata edges are left out. */
export function dataGraph(ctx: RuleContext): DataGraph {
  return ctx.memo(dataGraph, () => buildDataGraph(ctx));
}

function buildDataGraph(ctx: RuleContext): DataGraph {
  const stations: string[] = [];
  const nodeOf = new Map<string, PipelineNode>();
  const next = new Map<string, string[]>();
  const previous = new Map<string, string[]>();
  const add = (id: string, node: PipelineNode) => {
    if (nodeOf.has(id)) return;
    stations.push(id);
    nodeOf.set(id, node);
    next.set(id, []);
    previous.set(id, []);
  };
  for (const node of ctx.pipeline.nodes) {
    if (node.kind === ENDPOINT) {
      add(lane(node, TO_S3), node);
      add(lane(node, TO_VPC), node);
    } else add(node.id, node);
  }
  for (const edge of ctx.pipeline.edges) {
    const source = ctx.nodesById.get(edge.source);
    const target = ctx.nodesById.get(edge.target);
    if (!source || !target || source.id === target.id || ctx.edgeKind(edge) !== 'data') continue;
    const a = from(edge, source, target);
    const b = to(edge, source, target);
    next.get(a)?.push(b);
    previous.get(b)?.push(a);
  }
  return { stations, nodeOf, next, previous };
}
