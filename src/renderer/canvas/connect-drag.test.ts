import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { emptyPipeline } from '../../shared/model/pipeline';
import { addNode, connect } from '../state/operations';
import { connectStates } from './connect-drag';

const pipeline = produce(emptyPipeline(), (d) => {
  addNode(d, 'app-producer', { x: 0, y: 0 });
  addNode(d, 'kinesis-firehose', { x: 300, y: 0 });
  addNode(d, 's3-bucket', { x: 600, y: 0 });
  addNode(d, 'kinesis-firehose', { x: 300, y: 200 });
  connect(d, { source: 'kinesis-firehose-2', target: 's3-bucket-1', sourcePort: 'delivery', targetPort: 'objects' });
});

describe('nodes while a connection is drawn', () => {
  it('from a producer’s output: Firehoses accept, the bucket refuses with the reason, the producer is the source', () => {
    const states = connectStates(pipeline, { nodeId: 'app-producer-1', handleId: 'records', handleType: 'source' });
    expect(states.get('app-producer-1')?.state).toBe('source');
    expect(states.get('kinesis-firehose-1')).toEqual({ state: 'valid', reason: expect.stringMatching(/^Connect: Direct PUT/) });
    expect(states.get('s3-bucket-1')).toEqual({ state: 'invalid', reason: expect.stringMatching(/^Cannot connect: Amazon S3 bucket accepts input from .*, not from Application producer$/) });
  });

  it('from a Firehose’s destination: the one bucket, already fed by another Firehose, still accepts; the port’s limit counts', () => {
    const fromFree = connectStates(pipeline, { nodeId: 'kinesis-firehose-1', handleId: 'delivery', handleType: 'source' });
    expect(fromFree.get('s3-bucket-1')?.state).toBe('valid');
    expect(fromFree.get('app-producer-1')?.state).toBe('invalid');
    const fromUsed = connectStates(pipeline, { nodeId: 'kinesis-firehose-2', handleId: 'delivery', handleType: 'source' });
    expect(fromUsed.get('s3-bucket-1')).toMatchObject({ state: 'invalid', reason: expect.stringMatching(/already/) });
  });

  it('from an input, backwards: each node is tried as the source', () => {
    const states = connectStates(pipeline, { nodeId: 'kinesis-firehose-1', handleId: 'records', handleType: 'target' });
    expect(states.get('app-producer-1')?.state).toBe('valid');
    expect(states.get('s3-bucket-1')?.state).toBe('invalid');
  });
});
