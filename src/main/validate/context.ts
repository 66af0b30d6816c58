import { KINDS, isKindId, type KindId } from '../../shared/catalog/registry';
import type { Pipeline, PipelineEdge, PipelineNode } from '../../shared/model/pipeline';
import type { RuleContext } from './rule';

export function createContext(pipeline: Pipeline): RuleContext {
  const nodesById = new Map(pipeline.nodes.map((n) => [n.id, n]));
  const edgesByNode = new Map<string, PipelineEdge[]>();
  for (const edge of pipeline.edges) {
    for (const end of [edge.source, edge.target]) {
      const list = edgesByNode.get(end) ?? [];
      list.push(edge);
      edgesByNode.set(end, list);
    }
  }
  const parsed = new Map<PipelineNode, Record<string, unknown> | undefined>();
  return {
    pipeline,
    nodesById,
    edgesByNode,
    configOf(node: PipelineNode, kind: KindId) {
      if (node.kind !== kind || !isKindId(kind)) return undefined;
      if (!parsed.has(node)) {
        const result = KINDS[kind].config.safeParse(node.config);
        parsed.set(node, result.success ? (result.data as Record<string, unknown>) : undefined);
      }
      return parsed.get(node);
    },
  };
}
