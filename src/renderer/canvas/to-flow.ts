import { MarkerType, Position as Side, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import { kindOf } from '../../shared/catalog/registry';
import type { PipelineEdge, PipelineNode, Position } from '../../shared/model/pipeline';
import type { FindingSummary } from '../state/findings';
import type { NodeConnectState } from './connect-drag';
import { edgeColor, edgeKindOf } from './edge-kinds';
import { HANDLE_SIZE, NODE_HEIGHT, NODE_WIDTH, portY } from './geometry';
import type { EdgeKind } from '../../shared/catalog/types';

export type PipelineNodeData = {
  kind: string;
  label: string;
  /** Auto-layout leaves it where it is. */
  pinned?: boolean;
  findings?: FindingSummary;
  /** While a connection is being drawn: whether this node can take it, and why (not). */
  connect?: NodeConnectState;
};
export type FlowNode = Node<PipelineNodeData, 'pipeline'>;

export type PipelineEdgeData = {
  edgeKind: EdgeKind;
  findings?: FindingSummary;
};
export type FlowEdge = Edge<PipelineEdgeData, 'pipeline'>;

/** What a node looks like beyond its document data: selection, findings, a drag, a connection being drawn. */
export interface NodeView {
  selected: boolean;
  findings?: FindingSummary;
  drag?: Position;
  connect?: NodeConnectState;
}

/** Handle geometry declared up front (same as the rendered handles), so nothing waits for measurement. */
function handlesOf(kind: string): NodeHandle[] {
  const definition = kindOf(kind);
  if (!definition) return [];
  const half = HANDLE_SIZE / 2;
  return [
    ...definition.inputs.map((p, i, all) => ({ id: p.id, type: 'target' as const, position: Side.Left, x: -half, y: portY(i, all.length) - half, width: HANDLE_SIZE, height: HANDLE_SIZE })),
    ...definition.outputs.map((p, i, all) => ({ id: p.id, type: 'source' as const, position: Side.Right, x: NODE_WIDTH - half, y: portY(i, all.length) - half, width: HANDLE_SIZE, height: HANDLE_SIZE })),
  ];
}

export function toFlowNode(node: PipelineNode, view: NodeView): FlowNode {
  return {
    id: node.id,
    type: 'pipeline',
    position: view.drag ?? node.position,
    data: { kind: node.kind, label: node.label, pinned: node.pinned, findings: view.findings, connect: view.connect },
    width: NODE_WIDTH,
    height: NODE_HEIGHT,
    // Known up front: React Flow counts the node as measured (fitView and edges work at once).
    measured: { width: NODE_WIDTH, height: NODE_HEIGHT },
    handles: handlesOf(node.kind),
    selected: view.selected,
  };
}

/**
 * An edge without ports uses the first port on each side (how files may write single-port edges).
 * Its kind (data, control, metadata) comes from the source port and sets how it is drawn.
 */
export function toFlowEdge(edge: PipelineEdge, nodeKinds: ReadonlyMap<string, string>, selected: boolean, findings?: FindingSummary): FlowEdge {
  const sourceKind = kindOf(nodeKinds.get(edge.source) ?? '');
  const targetKind = kindOf(nodeKinds.get(edge.target) ?? '');
  const sourceHandle = edge.sourcePort ?? sourceKind?.outputs[0]?.id ?? null;
  const kind = edgeKindOf(sourceKind?.id, sourceHandle ?? undefined);
  return {
    id: edge.id,
    type: 'pipeline',
    source: edge.source,
    target: edge.target,
    sourceHandle,
    targetHandle: edge.targetPort ?? targetKind?.inputs[0]?.id ?? null,
    selected,
    className: `pw-edge pw-edge--${kind}${findings ? ` has-findings sev-${findings.worst}` : ''}`,
    data: { edgeKind: kind, findings },
    markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16, color: edgeColor(kind) },
  };
}
