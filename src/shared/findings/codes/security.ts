import type { FindingCodeEntry } from './entry';

/** Security: encryption, policies, public access, private networking, audit. */
export const SECURITY_CODES = {
  PW601: { name: 's3-no-default-encryption', severity: 'warning', title: 'No default encryption declared', help: 'Declare encryption at rest on every bucket: SSE-S3, or SSE-KMS where you need control over the key and an audit trail of its use. S3 applies SSE-S3 to new buckets by default, but an explicit setting documents the intent and survives policy checks.' },
} as const satisfies Record<string, FindingCodeEntry>;
