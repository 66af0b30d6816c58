import { describe, expect, it } from 'vitest';
import { firehoseDirectPutThroughput } from './firehose-direct-put-throughput';
import { findingsOf, pipelineOf } from '../testing';

const producer = (recordsPerSecond: number, recordSizeBytes = 1_024) => ({ id: 'apps', kind: 'app-producer' as const, label: 'Apps', config: { recordsPerSecond, recordSizeBytes } });
const firehose = { id: 'fh', kind: 'kinesis-firehose' as const, label: 'Delivery' };

describe('PW406 firehose-direct-put-throughput', () => {
  it('warns when Direct PUT producers exceed the default throughput quota', () => {
    expect(findingsOf(firehoseDirectPutThroughput, pipelineOf([producer(6_000), firehose], [['apps', 'fh']]))).toEqual([
      {
        code: 'PW406',
        severity: 'warning',
        message:
          "Delivery: Direct PUT producers send 5.86 MiB/s (quota 5 MiB/s) at peak, above a delivery stream's default throughput quota: puts beyond it are throttled. " +
          'Request a higher quota, split the traffic over several delivery streams, or put it into a Kinesis data stream first',
        nodeId: 'fh',
      },
    ]);
  });

  it('passes a delivery stream reading a Kinesis data stream, one within quota, and records it rejects for their size', () => {
    const fromStream = pipelineOf([producer(6_000), { id: 'kds', kind: 'kinesis-data-stream', config: { capacity: { mode: 'on-demand' } } }, firehose], [['apps', 'kds'], ['kds', 'fh']]);
    expect(findingsOf(firehoseDirectPutThroughput, fromStream)).toEqual([]);
    expect(findingsOf(firehoseDirectPutThroughput, pipelineOf([producer(5_000), firehose], [['apps', 'fh']]))).toEqual([]);
    // Records over 1,000 KiB are refused (PW302) and use none of the quota.
    expect(findingsOf(firehoseDirectPutThroughput, pipelineOf([producer(10, 1_000 * 1_024 + 1), firehose], [['apps', 'fh']]))).toEqual([]);
  });
});
