import type { FindingCodeEntry } from './entry';

/** Limits: sizes, bounds and quotas of single settings. */
export const LIMIT_CODES = {
  PW301: { name: 'invalid-setting', severity: 'error', title: 'Invalid setting', help: 'A setting is outside what AWS accepts (or is malformed). The message names the setting and the allowed range.' },
  PW302: { name: 'record-too-large', severity: 'error', title: 'Record too large', help: 'Firehose rejects records over 1,000 KiB (before base64 encoding). Split large payloads, or store them in S3 and send a reference.' },
} as const satisfies Record<string, FindingCodeEntry>;
