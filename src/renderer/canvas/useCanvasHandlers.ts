import type { Connection, EdgeChange, FinalConnectionState, IsValidConnection, NodeChange, OnConnectEnd, OnConnectStart } from '@xyflow/react';
import { useCallback, useState } from 'react';
import type { Position } from '../../shared/model/pipeline';
import { documentStore } from '../state/document';
import { notify } from '../state/notices';
import { connect, moveNodes } from '../state/operations';
import { selectionStore } from '../state/selection';
import { connectDragStore, connectHoverStore } from './connect-drag';
import { checkFlowConnection, refusalReason } from './connection-rules';
import type { FlowEdge, FlowNode } from './to-flow';

function applySelect(ids: readonly string[], changes: { id: string; selected: boolean }[]): readonly string[] {
  if (changes.length === 0) return ids;
  const next = new Set(ids);
  for (const c of changes) {
    if (c.selected) next.add(c.id);
    else next.delete(c.id);
  }
  return [...next];
}

/**
 * What the canvas does with React Flow's events. The document changes only on drag stop (one undo
 * step per drag, and so one validation per drag) and on connect; positions during a drag live in
 * `dragging` until then. While a connection is drawn, where it started is in `connectDragStore`.
 */
export function useCanvasHandlers() {
  const [dragging, setDragging] = useState<ReadonlyMap<string, Position>>(new Map());

  const onNodesChange = useCallback((changes: NodeChange<FlowNode>[]) => {
    const moves = changes.filter((c) => c.type === 'position' && c.dragging && c.position);
    if (moves.length > 0) {
      setDragging((prev) => {
        const next = new Map(prev);
        for (const m of moves) if (m.type === 'position' && m.position) next.set(m.id, m.position);
        return next;
      });
    }
    const selects = changes.flatMap((c) => (c.type === 'select' ? [{ id: c.id, selected: c.selected }] : []));
    if (selects.length > 0) selectionStore.set((s) => ({ ...s, nodeIds: applySelect(s.nodeIds, selects) }));
  }, []);

  const onEdgesChange = useCallback((changes: EdgeChange<FlowEdge>[]) => {
    const selects = changes.flatMap((c) => (c.type === 'select' ? [{ id: c.id, selected: c.selected }] : []));
    if (selects.length > 0) selectionStore.set((s) => ({ ...s, edgeIds: applySelect(s.edgeIds, selects) }));
  }, []);

  const onNodeDragStop = useCallback((_: unknown, _node: FlowNode, nodes: FlowNode[]) => {
    const positions = new Map(nodes.map((n) => [n.id, { x: Math.round(n.position.x), y: Math.round(n.position.y) }]));
    documentStore.dispatch((d) => moveNodes(d, positions), { label: nodes.length > 1 ? `Move ${nodes.length} nodes` : 'Move node' });
    setDragging(new Map());
  }, []);

  const isValidConnection: IsValidConnection<FlowEdge> = useCallback(
    (c) => checkFlowConnection(documentStore.getState().pipeline, { source: c.source, target: c.target, sourceHandle: c.sourceHandle ?? null, targetHandle: c.targetHandle ?? null }).ok,
    [],
  );

  const onConnect = useCallback((c: Connection) => {
    const pipeline = documentStore.getState().pipeline;
    const check = checkFlowConnection(pipeline, c);
    if (!check.ok) return notify('refused', check.reason);
    const source = pipeline.nodes.find((n) => n.id === c.source)?.label ?? c.source;
    const target = pipeline.nodes.find((n) => n.id === c.target)?.label ?? c.target;
    let id = '';
    documentStore.dispatch((d) => void (id = connect(d, { source: c.source, target: c.target, sourcePort: check.sourcePort, targetPort: check.targetPort })), {
      label: `Connect ${source} → ${target}`,
    });
    selectionStore.set({ nodeIds: [], edgeIds: [id] });
  }, []);

  const onConnectStart: OnConnectStart = useCallback((_event, { nodeId, handleId, handleType }) => {
    if (nodeId && handleType) connectDragStore.set({ nodeId, handleId, handleType });
  }, []);

  /** While a connection is drawn, the node under the pointer and its answer (ConnectHint). */
  const onNodeMouseEnter = useCallback((_: unknown, node: FlowNode) => {
    if (node.data.connect) connectHoverStore.set({ nodeId: node.id, label: node.data.label, connect: node.data.connect });
  }, []);
  const onNodeMouseLeave = useCallback((_: unknown, node: FlowNode) => {
    if (connectHoverStore.get()?.nodeId === node.id) connectHoverStore.set(undefined);
  }, []);

  /** The drag is over; dropped on a handle that refused: say why. */
  const onConnectEnd: OnConnectEnd = useCallback((_event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
    connectDragStore.set(undefined);
    connectHoverStore.set(undefined);
    if (state.isValid !== false || !state.fromHandle || !state.toHandle) return;
    const reason = refusalReason(documentStore.getState().pipeline, state.fromHandle, state.toHandle);
    if (reason) notify('refused', reason, 6_000);
  }, []);

  return { dragging, onNodesChange, onEdgesChange, onNodeDragStop, isValidConnection, onConnect, onConnectStart, onConnectEnd, onNodeMouseEnter, onNodeMouseLeave };
}
