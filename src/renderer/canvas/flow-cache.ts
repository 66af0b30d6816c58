import type { PipelineEdge, PipelineNode, Position } from '../../shared/model/pipeline';
import type { NodeFindingSummary } from '../state/findings';
import { toFlowEdge, toFlowNode, type FlowEdge, type FlowNode } from './to-flow';

/**
 * Memoized conversions: the same document node (immer keeps untouched nodes' identity) with the
 * same selection, findings and drag position gives the same React Flow object, so React Flow
 * (which compares by identity) does no work for it. This is what keeps large pipelines fast.
 */
type NodeEntry = { selected: boolean; count?: number; worst?: string; drag?: Position; flow: FlowNode };
type EdgeEntry = { selected: boolean; sourceKind?: string; targetKind?: string; flow: FlowEdge };

const nodes = new WeakMap<PipelineNode, NodeEntry>();
const edges = new WeakMap<PipelineEdge, EdgeEntry>();

export function flowNodeOf(node: PipelineNode, selected: boolean, findings: NodeFindingSummary | undefined, drag: Position | undefined): FlowNode {
  const entry = nodes.get(node);
  if (entry && entry.selected === selected && entry.count === findings?.count && entry.worst === findings?.worst && entry.drag === drag) return entry.flow;
  const flow = toFlowNode(node, selected, findings, drag);
  nodes.set(node, { selected, count: findings?.count, worst: findings?.worst, drag, flow });
  return flow;
}

export function flowEdgeOf(edge: PipelineEdge, kinds: ReadonlyMap<string, string>, selected: boolean): FlowEdge {
  const entry = edges.get(edge);
  const sourceKind = kinds.get(edge.source);
  const targetKind = kinds.get(edge.target);
  if (entry && entry.selected === selected && entry.sourceKind === sourceKind && entry.targetKind === targetKind) return entry.flow;
  const flow = toFlowEdge(edge, kinds, selected);
  edges.set(edge, { selected, sourceKind, targetKind, flow });
  return flow;
}
