import type { PipelineEdge, PipelineNode } from '../../shared/model/pipeline';
import type { FindingSummary } from '../state/findings';
import { toFlowEdge, toFlowNode, type FlowEdge, type FlowNode, type NodeView } from './to-flow';

/**
 * Memoized conversions: the same document node (immer keeps untouched nodes' identity) with the
 * same selection, findings, drag position and connection state gives the same React Flow object,
 * so React Flow (which compares by identity) does no work for it. This is what keeps large
 * pipelines fast. Summaries and connection states are compared by value.
 */
type NodeEntry = { view: NodeView; flow: FlowNode };
type EdgeEntry = { selected: boolean; sourceKind?: string; targetKind?: string; findings?: FindingSummary; flow: FlowEdge };

const nodes = new WeakMap<PipelineNode, NodeEntry>();
const edges = new WeakMap<PipelineEdge, EdgeEntry>();

const sameSummary = (a: FindingSummary | undefined, b: FindingSummary | undefined) =>
  a === b || (a !== undefined && b !== undefined && a.count === b.count && a.worst === b.worst && a.messages === b.messages);

function sameView(a: NodeView, b: NodeView): boolean {
  return (
    a.selected === b.selected &&
    a.drag === b.drag &&
    sameSummary(a.findings, b.findings) &&
    a.connect?.state === b.connect?.state &&
    a.connect?.reason === b.connect?.reason
  );
}

export function flowNodeOf(node: PipelineNode, view: NodeView): FlowNode {
  const entry = nodes.get(node);
  if (entry && sameView(entry.view, view)) return entry.flow;
  const flow = toFlowNode(node, view);
  nodes.set(node, { view, flow });
  return flow;
}

export function flowEdgeOf(edge: PipelineEdge, kinds: ReadonlyMap<string, string>, selected: boolean, findings?: FindingSummary): FlowEdge {
  const entry = edges.get(edge);
  const sourceKind = kinds.get(edge.source);
  const targetKind = kinds.get(edge.target);
  if (entry && entry.selected === selected && entry.sourceKind === sourceKind && entry.targetKind === targetKind && sameSummary(entry.findings, findings)) return entry.flow;
  const flow = toFlowEdge(edge, kinds, selected, findings);
  edges.set(edge, { selected, sourceKind, targetKind, findings, flow });
  return flow;
}
