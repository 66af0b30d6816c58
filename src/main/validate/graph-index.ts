import type { PipelineEdge } from '../../shared/model/pipeline';

const NONE: readonly PipelineEdge[] = [];

function push(map: Map<string, PipelineEdge[]>, key: string, edge: PipelineEdge): void {
  const list = map.get(key);
  if (list) list.push(edge);
  else map.set(key, [edge]);
}

/**
 * A pipeline's edges by node. It depends on the edges only, so the validator keeps it from one run
 * to the next while the graph stays the same (a setting edited, a node moved).
 */
export class GraphIndex {
  /** Edges by the id of the node at either end. */
  readonly edgesByNode = new Map<string, PipelineEdge[]>();
  // Incoming and outgoing lists are built on first use: many runs never ask.
  private directed: { incoming: Map<string, PipelineEdge[]>; outgoing: Map<string, PipelineEdge[]> } | undefined;

  constructor(private readonly edges: readonly PipelineEdge[]) {
    for (const edge of edges) {
      push(this.edgesByNode, edge.source, edge);
      if (edge.target !== edge.source) push(this.edgesByNode, edge.target, edge);
    }
  }

  edgesOf(nodeId: string): readonly PipelineEdge[] {
    return this.edgesByNode.get(nodeId) ?? NONE;
  }

  incoming(nodeId: string): readonly PipelineEdge[] {
    return this.directions().incoming.get(nodeId) ?? NONE;
  }

  outgoing(nodeId: string): readonly PipelineEdge[] {
    return this.directions().outgoing.get(nodeId) ?? NONE;
  }

  private directions() {
    if (!this.directed) {
      const incoming = new Map<string, PipelineEdge[]>();
      const outgoing = new Map<string, PipelineEdge[]>();
      for (const edge of this.edges) {
        push(outgoing, edge.source, edge);
        push(incoming, edge.target, edge);
      }
      this.directed = { incoming, outgoing };
    }
    return this.directed;
  }
}
