/**
 * Every finding code, once and for all: a code is never reused for another meaning. Numbers
 * group by family: 1xx structure, 2xx wiring, 3xx limits, 6xx security.
 */
export const FINDING_CODES = {
  PW101: { name: 'duplicate-id', severity: 'error', title: 'Duplicate id', help: 'Every node and edge needs its own id; two things with one id cannot be told apart by edges, exports or the simulator.' },
  PW102: { name: 'unknown-kind', severity: 'error', title: 'Unknown kind', help: 'The node names a kind this version of Pipewright does not know (a newer file, or a typing mistake). It is kept as it is but cannot be validated, simulated or exported.' },
  PW103: { name: 'dangling-edge', severity: 'error', title: 'Dangling edge', help: 'The edge names a node that is not in the pipeline. Delete the edge or restore the node.' },
  PW104: { name: 'unconnected-node', severity: 'warning', title: 'Not connected', help: 'A node with no connections takes no part in the pipeline: no data reaches it or leaves it.' },
  PW201: { name: 'connection-not-allowed', severity: 'error', title: 'Connection not allowed', help: 'AWS does not support this connection between these services (or these ports). The message says what the target accepts.' },
  PW202: { name: 'firehose-no-destination', severity: 'error', title: 'Firehose without destination', help: 'A Firehose delivery stream cannot be created without a destination; records put into it would have nowhere to go. Connect it to an S3 bucket.' },
  PW301: { name: 'invalid-setting', severity: 'error', title: 'Invalid setting', help: 'A setting is outside what AWS accepts (or is malformed). The message names the setting and the allowed range.' },
  PW302: { name: 'record-too-large', severity: 'error', title: 'Record too large', help: 'Firehose rejects records over 1,000 KiB (before base64 encoding). Split large payloads, or store them in S3 and send a reference.' },
  PW601: { name: 's3-no-default-encryption', severity: 'warning', title: 'No default encryption declared', help: 'Declare encryption at rest on every bucket: SSE-S3, or SSE-KMS where you need control over the key and an audit trail of its use. S3 applies SSE-S3 to new buckets by default, but an explicit setting documents the intent and survives policy checks.' },
} as const satisfies Record<string, { name: string; severity: Severity; title: string; help: string }>;

export type Severity = 'error' | 'warning' | 'info';
export type FindingCode = keyof typeof FINDING_CODES;
