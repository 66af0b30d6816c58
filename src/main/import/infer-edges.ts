import { checkConnection } from '../../shared/catalog/connections';
import { kindOf } from '../../shared/catalog/registry';
import type { Pipeline, PipelineEdge } from '../../shared/model/pipeline';

/** How many port pairs could join the two nodes, either way, on an otherwise empty canvas. */
function portPairs(pipeline: Pipeline, a: string, b: string): number {
  const scratch: Pipeline = { ...pipeline, nodes: pipeline.nodes.filter((n) => n.id === a || n.id === b), edges: [] };
  let count = 0;
  for (const [source, target] of [[a, b], [b, a]] as const) {
    const outputs = kindOf(scratch.nodes.find((n) => n.id === source)!.kind)?.outputs ?? [];
    const inputs = kindOf(scratch.nodes.find((n) => n.id === target)!.kind)?.inputs ?? [];
    for (const output of outputs) for (const input of inputs) if (checkConnection(scratch, { source, target, sourcePort: output.id, targetPort: input.id }).ok) count++;
  }
  return count;
}

/**
 * Edges for pairs of nodes whose resources refer to each other. A reference says two nodes are
 * connected, not surely which way data flows, so each pair is tried as given (see referencePairs),
 * then the other way, against the catalog's connection rules. Pairs with fewer possible port pairs go first, so that a Firehose gives
 * its one destination port to the Redshift cluster it refers to rather than to its staging bucket.
 */
export function inferEdges(pipeline: Pipeline, pairs: readonly (readonly [string, string])[], firstEdgeNumber = 1): PipelineEdge[] {
  const ranked = pairs.map((pair, order) => ({ pair, order, options: portPairs(pipeline, pair[0], pair[1]) })).filter((p) => p.options > 0);
  ranked.sort((x, y) => x.options - y.options || x.order - y.order);
  const working: Pipeline = { ...pipeline, edges: [...pipeline.edges] };
  const added: PipelineEdge[] = [];
  for (const { pair } of ranked) {
    for (const [source, target] of [pair, [pair[1], pair[0]]] as const) {
      const verdict = checkConnection(working, { source, target });
      if (!verdict.ok) continue;
      const edge: PipelineEdge = { id: `e${firstEdgeNumber + added.length}`, source, target, sourcePort: verdict.sourcePort, targetPort: verdict.targetPort };
      working.edges.push(edge);
      added.push(edge);
      break;
    }
  }
  // Template order, not the order the ports were handed out in.
  const position = (e: PipelineEdge) => pairs.findIndex(([a, b]) => (a === e.source && b === e.target) || (a === e.target && b === e.source));
  return added.sort((x, y) => position(x) - position(y)).map((edge, i) => ({ ...edge, id: `e${firstEdgeNumber + i}` }));
}
