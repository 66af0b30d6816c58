import { useMemo } from 'react';
import type { Position } from '../../shared/model/pipeline';
import { usePipeline } from '../state/document';
import { useFindings } from '../state/findings';
import { useSelection } from '../state/selection';
import { flowEdgeOf, flowNodeOf } from './flow-cache';
import type { FlowEdge, FlowNode } from './to-flow';

/** React Flow's nodes and edges, derived from the document, the selection, the findings and a drag in progress. */
export function useFlowElements(dragging: ReadonlyMap<string, Position>): { nodes: FlowNode[]; edges: FlowEdge[] } {
  const pipeline = usePipeline();
  const selection = useSelection();
  const byNode = useFindings((s) => s.byNode);

  const nodes = useMemo(() => {
    const selected = new Set(selection.nodeIds);
    return pipeline.nodes.map((n) => flowNodeOf(n, selected.has(n.id), byNode.get(n.id), dragging.get(n.id)));
  }, [pipeline.nodes, selection.nodeIds, byNode, dragging]);

  const edges = useMemo(() => {
    const selected = new Set(selection.edgeIds);
    const kinds = new Map(pipeline.nodes.map((n) => [n.id, n.kind]));
    return pipeline.edges.map((e) => flowEdgeOf(e, kinds, selected.has(e.id)));
  }, [pipeline.edges, pipeline.nodes, selection.edgeIds]);

  return { nodes, edges };
}
