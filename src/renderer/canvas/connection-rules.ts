import type { Connection } from '@xyflow/react';
import { checkConnection, type ConnectionCheck } from '../../shared/catalog/connections';
import type { Pipeline } from '../../shared/model/pipeline';

/** The catalog's verdict on a connection being drawn (React Flow's handles are our ports). */
export function checkFlowConnection(pipeline: Pipeline, c: Pick<Connection, 'source' | 'target' | 'sourceHandle' | 'targetHandle'>): ConnectionCheck {
  return checkConnection(pipeline, { source: c.source, target: c.target, sourcePort: c.sourceHandle ?? undefined, targetPort: c.targetHandle ?? undefined });
}

interface HandleEnd {
  nodeId: string;
  id?: string | null;
  type: 'source' | 'target';
}

/** Why a connection dropped from handle `from` onto handle `to` was refused, in words for the user. */
export function refusalReason(pipeline: Pipeline, from: HandleEnd, to: HandleEnd): string {
  if (from.nodeId === to.nodeId) return 'A node cannot connect to itself.';
  if (from.type === to.type) {
    return from.type === 'source' ? 'Connect an output (right side) to an input (left side), not to another output.' : 'Connect an input (left side) to an output (right side), not to another input.';
  }
  const [source, target] = from.type === 'source' ? [from, to] : [to, from];
  const check = checkFlowConnection(pipeline, { source: source.nodeId, target: target.nodeId, sourceHandle: source.id ?? null, targetHandle: target.id ?? null });
  return check.ok ? '' : `${check.reason.charAt(0).toUpperCase()}${check.reason.slice(1)}.`;
}
