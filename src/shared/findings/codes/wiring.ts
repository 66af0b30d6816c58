import type { FindingCodeEntry } from './entry';

/** Wiring: connections AWS allows, alone and together. */
export const WIRING_CODES = {
  PW201: { name: 'connection-not-allowed', severity: 'error', title: 'Connection not allowed', help: 'AWS does not support this connection between these services (or these ports). The message says what the target accepts.' },
  PW202: { name: 'firehose-no-destination', severity: 'error', title: 'Firehose without destination', help: 'A Firehose delivery stream cannot be created without a destination; records put into it would have nowhere to go. Connect it to an S3 bucket.' },
} as const satisfies Record<string, FindingCodeEntry>;
