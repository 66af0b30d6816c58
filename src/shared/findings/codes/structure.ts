import type { FindingCodeEntry } from './entry';

/** Structure: the document itself (ids, kinds, edges, connectivity). */
export const STRUCTURE_CODES = {
  PW101: { name: 'duplicate-id', severity: 'error', title: 'Duplicate id', help: 'Every node and edge needs its own id; two things with one id cannot be told apart by edges, exports or the simulator.' },
  PW102: { name: 'unknown-kind', severity: 'error', title: 'Unknown kind', help: 'The node names a kind this version of Pipewright does not know (a newer file, or a typing mistake). It is kept as it is but cannot be validated, simulated or exported.' },
  PW103: { name: 'dangling-edge', severity: 'error', title: 'Dangling edge', help: 'The edge names a node that is not in the pipeline. Delete the edge or restore the node.' },
  PW104: { name: 'unconnected-node', severity: 'warning', title: 'Not connected', help: 'A node with no connections takes no part in the pipeline: no data reaches it or leaves it.' },
} as const satisfies Record<string, FindingCodeEntry>;
