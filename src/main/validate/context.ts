import { outputEdgeKind } from '../../shared/catalog/connections';
import { KINDS, type ConfigOf, type KindId } from '../../shared/catalog/registry';
import type { Pipeline, PipelineEdge, PipelineNode } from '../../shared/model/pipeline';
import type { RuleContext } from './rule';

const NONE: readonly PipelineEdge[] = [];

export function createContext(pipeline: Pipeline): RuleContext {
  const nodesById = new Map(pipeline.nodes.map((n) => [n.id, n]));
  const edgesByNode = new Map<string, PipelineEdge[]>();
  const incoming = new Map<string, PipelineEdge[]>();
  const outgoing = new Map<string, PipelineEdge[]>();
  const push = (map: Map<string, PipelineEdge[]>, key: string, edge: PipelineEdge) => {
    const list = map.get(key);
    if (list) list.push(edge);
    else map.set(key, [edge]);
  };
  for (const edge of pipeline.edges) {
    push(edgesByNode, edge.source, edge);
    if (edge.target !== edge.source) push(edgesByNode, edge.target, edge);
    push(outgoing, edge.source, edge);
    push(incoming, edge.target, edge);
  }
  const parsed = new Map<PipelineNode, unknown>();
  return {
    pipeline,
    nodesById,
    edgesByNode,
    incoming: (id) => incoming.get(id) ?? NONE,
    outgoing: (id) => outgoing.get(id) ?? NONE,
    edgeKind: (edge) => outputEdgeKind(nodesById.get(edge.source)?.kind, edge.sourcePort),
    configOf<K extends KindId>(node: PipelineNode | undefined, kind: K): ConfigOf<K> | undefined {
      if (!node || node.kind !== kind) return undefined;
      if (!parsed.has(node)) {
        const result = KINDS[kind].config.safeParse(node.config);
        parsed.set(node, result.success ? result.data : undefined);
      }
      return parsed.get(node) as ConfigOf<K> | undefined;
    },
  };
}
