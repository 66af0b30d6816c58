import { checkConnection, scanIndex } from '../../shared/catalog/connections';
import type { Pipeline } from '../../shared/model/pipeline';
import { createStore, useStore } from '../state/create-store';

/** Where a connection being drawn started: a node's output (`source`) or input (`target`) handle. */
export interface ConnectStart {
  readonly nodeId: string;
  readonly handleId: string | null;
  readonly handleType: 'source' | 'target';
}

/**
 * What a node says about the connection being drawn: `valid` (it can take it, `reason` says
 * through what), `invalid` (`reason` says why not), or `source` for the node it starts from.
 */
export interface NodeConnectState {
  readonly state: 'valid' | 'invalid' | 'source';
  readonly reason: string;
}

/** The connection being drawn, from React Flow's onConnectStart to onConnectEnd. Not document state. */
export const connectDragStore = createStore<ConnectStart | undefined>(undefined);
export const useConnectDrag = () => useStore(connectDragStore);

/** The node under the pointer while a connection is drawn, with its answer: shown as a hint at any zoom. */
export const connectHoverStore = createStore<{ nodeId: string; label: string; connect: NodeConnectState } | undefined>(undefined);
export const useConnectHover = () => useStore(connectHoverStore);

const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/**
 * Every node's answer to a connection starting at `from`, by the catalog's rules (checkConnection):
 * from an output, each node is tried as the target on any of its input ports; from an input, as the source.
 */
export function connectStates(pipeline: Pipeline, from: ConnectStart): Map<string, NodeConnectState> {
  const index = scanIndex(pipeline);
  const port = from.handleId ?? undefined;
  const states = new Map<string, NodeConnectState>();
  for (const node of pipeline.nodes) {
    if (node.id === from.nodeId) {
      states.set(node.id, { state: 'source', reason: 'The connection starts here' });
      continue;
    }
    const check =
      from.handleType === 'source'
        ? checkConnection(pipeline, { source: from.nodeId, target: node.id, sourcePort: port }, undefined, index)
        : checkConnection(pipeline, { source: node.id, target: from.nodeId, targetPort: port }, undefined, index);
    states.set(node.id, check.ok ? { state: 'valid', reason: `Connect: ${check.via}` } : { state: 'invalid', reason: `Cannot connect: ${sentence(check.reason)}` });
  }
  return states;
}
