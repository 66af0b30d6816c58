import type { FindingCodeEntry } from './entry';

/** Structure: the document itself (ids, kinds, edges, connectivity). */
export const STRUCTURE_CODES = {
  PW101: { name: 'duplicate-id', severity: 'error', title: 'Duplicate id', help: 'Every node and edge needs its own id; two things with one id cannot be told apart by edges, exports or the simulator.' },
  PW102: { name: 'unknown-kind', severity: 'error', title: 'Unknown kind', help: 'The node names a kind this version of Pipewright does not know (a newer file, or a typing mistake). It is kept as it is but cannot be validated, simulated or exported.' },
  PW103: { name: 'dangling-edge', severity: 'error', title: 'Dangling edge', help: 'The edge names a node that is not in the pipeline. Delete the edge or restore the node.' },
  PW104: { name: 'unconnected-node', severity: 'warning', title: 'Not connected', help: 'A node with no connections takes no part in the pipeline: no data reaches it or leaves it.' },
  PW105: {
    name: 'source-without-store',
    severity: 'warning',
    title: 'Source reaches no store',
    help: 'No data path leads from this source to a store (S3, Redshift, RDS, DynamoDB, OpenSearch, ElastiCache, Splunk) or to a Firehose HTTP endpoint. Streams, functions and jobs only hold records for a while: whatever the source produces is processed and then lost, and nothing is left to query, replay or audit.',
    notes: '7 AWS Data Stores for Machine Learning',
  },
  PW106: {
    name: 'data-cycle',
    severity: 'warning',
    title: 'Data cycle without a store',
    help: 'Records loop between streaming and compute nodes without passing through a store: every record that goes round is processed (and billed) again, and unless the code drops it the loop never ends. Reading and writing the same bucket or table is a different thing and is not flagged.',
  },
} as const satisfies Record<string, FindingCodeEntry>;
