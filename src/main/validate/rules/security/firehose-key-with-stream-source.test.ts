import { describe, expect, it } from 'vitest';
import { firehoseKeyWithStreamSource } from './firehose-key-with-stream-source';
import { applyFix, findingsOf, pipelineOf } from '../testing';

describe('PW612 firehose-key-with-stream-source', () => {
  const nodes = [
    { id: 'key', kind: 'kms-key', label: 'Delivery key' },
    { id: 'fh', kind: 'kinesis-firehose', label: 'Lake delivery' },
    { id: 'lake', kind: 's3-bucket', label: 'Data lake' },
  ] as const;

  it('flags a key on a Firehose that reads a data stream; the fix disconnects it', () => {
    const p = pipelineOf([...nodes, { id: 'kds', kind: 'kinesis-data-stream', label: 'Readings' }], [
      ['kds', 'fh'],
      ['key', 'fh'],
      ['fh', 'lake'],
    ]);
    const findings = findingsOf(firehoseKeyWithStreamSource, p);
    expect(findings).toEqual([
      {
        code: 'PW612',
        severity: 'warning',
        message: 'Lake delivery reads Readings, so Delivery key is never used: Firehose encrypts only Direct PUT records; connect the key to Readings instead',
        nodeId: 'fh',
        edgeId: 'key->fh',
        fix: { label: 'Disconnect Delivery key', operations: [{ op: 'remove-edge', edgeId: 'key->fh' }] },
      },
    ]);
    expect(findingsOf(firehoseKeyWithStreamSource, applyFix(p, findings[0]!.fix!.operations))).toEqual([]);
  });

  it('passes a key on a Direct PUT Firehose', () => {
    const p = pipelineOf([...nodes, { id: 'app', kind: 'app-producer' }], [
      ['app', 'fh'],
      ['key', 'fh'],
      ['fh', 'lake'],
    ]);
    expect(findingsOf(firehoseKeyWithStreamSource, p)).toEqual([]);
  });
});
