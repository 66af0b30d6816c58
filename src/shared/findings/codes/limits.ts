import type { FindingCodeEntry } from './entry';

/** Limits: sizes, bounds and quotas of single settings. */
export const LIMIT_CODES = {
  PW301: { name: 'invalid-setting', severity: 'error', title: 'Invalid setting', help: 'A setting is outside what AWS accepts (or is malformed). The message names the setting and the allowed range.' },
  PW302: {
    name: 'record-too-large',
    severity: 'error',
    title: 'Record too large',
    help: 'Firehose rejects records over 1,000 KiB (before base64 encoding), whether they come by Direct PUT or from a Kinesis data stream. Split large payloads, or store them in S3 and send a reference.',
    notes: '5.3 Kinesis Data Firehose',
  },
  PW303: {
    name: 'kinesis-record-too-large',
    severity: 'error',
    title: 'Record too large for Kinesis',
    help: 'A Kinesis data stream takes records of at most 1 MiB of data (before base64 encoding); PutRecord fails for anything larger. Kinesis suits many small records going fast: split large payloads, or store them in S3 and stream a reference.',
    notes: '5.2 Kinesis Streams',
  },
  PW304: {
    name: 'firehose-buffer-too-small',
    severity: 'error',
    title: 'Firehose buffer too small',
    help: 'With record format conversion (Parquet/ORC) or dynamic partitioning, Firehose requires a buffer size of at least 64 MiB: columnar files and per-partition objects are written in large batches. A smaller buffer is refused when the stream is created.',
    notes: '5.3 Kinesis Data Firehose',
  },
  PW305: {
    name: 'firehose-partitioning-zero-buffering',
    severity: 'error',
    title: 'Dynamic partitioning with zero buffering',
    help: 'Zero buffering (a buffer interval of 0 s) is not available with dynamic partitioning: Firehose buffers each partition before writing it. Set a buffer interval.',
    notes: '5.3 Kinesis Data Firehose',
  },
  PW306: {
    name: 'lambda-timeout-exceeds-workflow',
    severity: 'warning',
    title: 'Lambda may outlast its workflow',
    help: 'Step Functions waits for the function it invokes, but the whole execution stops at the workflow timeout. A function allowed to run longer than that can be cut off mid-run: the execution fails with States.Timeout while the function keeps going.',
    notes: '11 AWS Step Functions',
  },
  PW307: {
    name: 'kinesis-account-quota',
    severity: 'warning',
    title: 'Kinesis account quota exceeded',
    help: 'An account has a quota of provisioned shards across all its data streams, and of on-demand streams. The pipeline asks for more than the default quota: creating the streams fails until AWS raises it (request an increase first).',
    notes: '5.2.1 Kinesis Streams - Capacity Modes',
  },
} as const satisfies Record<string, FindingCodeEntry>;
