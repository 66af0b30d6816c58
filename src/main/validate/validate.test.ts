import { describe, expect, it } from 'vitest';
import type { Pipeline } from '../../shared/model/pipeline';
import { clickstreamPipeline } from '../../../test/fixtures/pipelines';
import { validatePipeline } from './validate';

const codes = (p: Pipeline) => validatePipeline(p).map((f) => f.code);
const base = () => clickstreamPipeline();

describe('validatePipeline', () => {
  it('finds nothing wrong in the Firehose lab pipeline', () => {
    expect(validatePipeline(base())).toEqual([]);
  });

  it('PW104: a node with no connections, named in the message', () => {
    const p = base();
    p.edges = [];
    const findings = validatePipeline(p).filter((f) => f.code === 'PW104');
    expect(findings.map((f) => f.message)).toEqual(['Web app producers is not connected to anything', 'Clickstream delivery is not connected to anything', 'Raw events is not connected to anything']);
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
  });

  it('PW202: a Firehose with no destination', () => {
    const p = base();
    p.edges = p.edges.filter((e) => e.target !== 'bucket-1');
    expect(validatePipeline(p).find((f) => f.code === 'PW202')).toMatchObject({ severity: 'error', nodeId: 'firehose-1', message: 'Clickstream delivery has no destination: connect it to an S3 bucket' });
  });

  it('PW301: an invalid setting names the node and setting, and resets it to the default as a fix', () => {
    const p = clickstreamPipeline({ firehose: { bufferSizeMiB: 500 } });
    const [finding] = validatePipeline(p);
    expect(finding).toMatchObject({
      code: 'PW301',
      severity: 'error',
      nodeId: 'firehose-1',
      path: ['bufferSizeMiB'],
      message: 'Clickstream delivery: Buffer size: Too big: expected number to be <=128',
      fix: { operations: [{ op: 'set-config', nodeId: 'firehose-1', path: ['bufferSizeMiB'], value: 5 }] },
    });
  });

  it('PW301: bucket names follow the S3 naming rules', () => {
    for (const name of ['Has-Upper', 'ab', 'bad..dots', '192.168.5.4', 'xn--punycode', 'logs-s3alias', '-starts-with-hyphen']) {
      expect(codes(clickstreamPipeline({ bucket: { bucketName: name } })), name).toContain('PW301');
    }
    expect(codes(clickstreamPipeline({ bucket: { bucketName: 'my-data-lake.raw-2026' } }))).toEqual([]);
  });

  it('PW601: a bucket without encryption is a warning whose fix sets SSE-S3', () => {
    const [finding] = validatePipeline(clickstreamPipeline({ bucket: { encryption: 'none' } }));
    expect(finding).toMatchObject({ code: 'PW601', severity: 'warning', nodeId: 'bucket-1', fix: { label: 'Use SSE-S3' } });
  });

  it('PW302: records over the Firehose 1,000 KiB limit', () => {
    const p = base();
    p.nodes[0]!.config.recordSizeBytes = 1_000 * 1_024 + 1;
    expect(codes(p)).toEqual(['PW302']);
  });

  it('PW201: a connection the catalog refuses (bucket → producer), with a fix removing it', () => {
    const p = base();
    p.edges.push({ id: 'edge-x', source: 'bucket-1', target: 'producer-1' });
    const finding = validatePipeline(p).find((f) => f.code === 'PW201');
    expect(finding?.message).toBe('Raw events → Web app producers: Application producer has no inputs');
    expect(finding?.fix?.operations).toEqual([{ op: 'remove-edge', edgeId: 'edge-x' }]);
  });

  it('PW201: a second destination for one Firehose', () => {
    const p = base();
    p.nodes.push({ ...p.nodes[2]!, id: 'bucket-2', label: 'Copy' });
    p.edges.push({ id: 'edge-3', source: 'firehose-1', target: 'bucket-2' });
    expect(validatePipeline(p).find((f) => f.code === 'PW201')?.message).toContain('a Firehose delivery stream has exactly one destination');
  });

  it('PW101, PW102, PW103: duplicate ids, unknown kinds, dangling edges', () => {
    const p = base();
    p.nodes.push({ ...p.nodes[0]!, kind: 'quantum-queue' });
    p.edges.push({ id: 'edge-9', source: 'firehose-1', target: 'gone' });
    expect(codes(p)).toEqual(expect.arrayContaining(['PW101', 'PW102', 'PW103']));
  });

  it('sorts errors before warnings and is deterministic', () => {
    const p = clickstreamPipeline({ bucket: { encryption: 'none' }, firehose: { bufferIntervalSeconds: -1 } });
    expect(codes(p)).toEqual(['PW301', 'PW601']);
    expect(validatePipeline(p)).toEqual(validatePipeline(p));
  });
});
