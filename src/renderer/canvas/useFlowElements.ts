import { useMemo } from 'react';
import type { Position } from '../../shared/model/pipeline';
import { usePipeline } from '../state/document';
import { useFindings } from '../state/findings';
import { useSelection } from '../state/selection';
import { connectStates, useConnectDrag } from './connect-drag';
import { flowEdgeOf, flowNodeOf } from './flow-cache';
import type { FlowEdge, FlowNode } from './to-flow';

/**
 * React Flow's nodes and edges, derived from the document, the selection, the findings, a drag in
 * progress and a connection being drawn (each node then says whether it can take it).
 */
export function useFlowElements(dragging: ReadonlyMap<string, Position>): { nodes: FlowNode[]; edges: FlowEdge[] } {
  const pipeline = usePipeline();
  const selection = useSelection();
  const byNode = useFindings((s) => s.byNode);
  const byEdge = useFindings((s) => s.byEdge);
  const connecting = useConnectDrag();
  const verdicts = useMemo(() => (connecting ? connectStates(pipeline, connecting) : undefined), [pipeline, connecting]);

  const nodes = useMemo(() => {
    const selected = new Set(selection.nodeIds);
    return pipeline.nodes.map((n) => flowNodeOf(n, { selected: selected.has(n.id), findings: byNode.get(n.id), drag: dragging.get(n.id), connect: verdicts?.get(n.id) }));
  }, [pipeline.nodes, selection.nodeIds, byNode, dragging, verdicts]);

  const edges = useMemo(() => {
    const selected = new Set(selection.edgeIds);
    const kinds = new Map(pipeline.nodes.map((n) => [n.id, n.kind]));
    return pipeline.edges.map((e) => flowEdgeOf(e, kinds, selected.has(e.id), byEdge.get(e.id)));
  }, [pipeline.edges, pipeline.nodes, selection.edgeIds, byEdge]);

  return { nodes, edges };
}
