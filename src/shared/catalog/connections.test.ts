import { describe, expect, it } from 'vitest';
import { emptyPipeline, type Pipeline } from '../model/pipeline';
import { checkConnection } from './connections';
import { defaultConfig, type KindId } from './registry';

function pipelineOf(...kinds: KindId[]): Pipeline {
  const p = emptyPipeline();
  kinds.forEach((kind, i) => p.nodes.push({ id: `n${i}`, kind, label: `${kind} ${i}`, position: { x: i * 250, y: 0 }, config: defaultConfig(kind) }));
  return p;
}

describe('checkConnection', () => {
  it('allows producer → Firehose (Direct PUT) and Firehose → S3', () => {
    const p = pipelineOf('app-producer', 'kinesis-firehose', 's3-bucket');
    expect(checkConnection(p, { source: 'n0', target: 'n1' })).toEqual({ ok: true, sourcePort: 'records', targetPort: 'records', edgeKind: 'data', via: 'Direct PUT (PutRecord / PutRecordBatch)' });
    expect(checkConnection(p, { source: 'n1', target: 'n2' })).toMatchObject({ ok: true, sourcePort: 'delivery', targetPort: 'objects' });
  });

  it.each([
    [['s3-bucket', 'app-producer'], 'Application producer has no inputs'],
    [['kms-key', 'app-producer'], 'Application producer has no inputs'],
    [['app-producer', 's3-bucket'], 'Amazon S3 bucket accepts input from Amazon Data Firehose, AWS IoT Core, Amazon Rekognition Video stream processor, AWS Database Migration Service and 10 more, not from Application producer'],
    [['app-producer', 'splunk'], 'Splunk (HTTP Event Collector) accepts input from Amazon Data Firehose, not from Application producer'],
    [['kinesis-firehose', 'app-producer'], 'Application producer has no inputs'],
  ] as const)('refuses %j and says why', (kinds, reason) => {
    expect(checkConnection(pipelineOf(...kinds), { source: 'n0', target: 'n1' })).toEqual({ ok: false, reason });
  });

  it('refuses a second destination for one Firehose, a duplicate edge and a self-loop', () => {
    const p = pipelineOf('kinesis-firehose', 's3-bucket', 's3-bucket');
    p.edges.push({ id: 'e1', source: 'n0', target: 'n1' });
    expect(checkConnection(p, { source: 'n0', target: 'n1' })).toEqual({ ok: false, reason: 'kinesis-firehose 0 is already connected to s3-bucket 1' });
    expect(checkConnection(p, { source: 'n0', target: 'n2' })).toEqual({ ok: false, reason: 'kinesis-firehose 0 already has its destination: a Firehose delivery stream has exactly one destination' });
    expect(checkConnection(p, { source: 'n0', target: 'n0' })).toEqual({ ok: false, reason: 'a node cannot connect to itself' });
  });
});
