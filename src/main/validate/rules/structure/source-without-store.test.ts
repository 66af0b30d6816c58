import { describe, expect, it } from 'vitest';
import { buildPipeline, node } from '../../../../shared/templates/build';
import { clickstreamPipeline } from '../../../../../test/fixtures/pipelines';
import { validatePipeline } from '../../validate';

const about = { title: 'Test', description: '' };
const pw105 = (p: Parameters<typeof validatePipeline>[0]) => validatePipeline(p).filter((f) => f.code === 'PW105');

describe('PW105 source-without-store', () => {
  it('flags a source whose records are processed but never stored', () => {
    const p = buildPipeline(
      about,
      [node('app-producer', 'apps', 'Web apps', [0, 0]), node('kinesis-data-stream', 'stream', 'Clicks', [1, 0]), node('lambda', 'fn', 'Counter', [2, 0])],
      [
        ['apps', 'stream'],
        ['stream', 'fn'],
      ],
    );
    expect(pw105(p)).toEqual([
      { code: 'PW105', severity: 'warning', nodeId: 'apps', message: 'Web apps: no data path reaches a store (S3, a database, a warehouse…): what it sends is processed and then lost' },
    ]);
  });

  it('accepts a source reaching S3, and one whose Firehose delivers to an HTTP endpoint', () => {
    expect(pw105(clickstreamPipeline())).toEqual([]);
    const http = clickstreamPipeline({ firehose: { httpEndpoint: { enabled: true, name: 'Datadog', url: 'https://http-intake.example.com' } } });
    http.edges = http.edges.filter((e) => e.target !== 'bucket-1');
    expect(pw105(http)).toEqual([]);
  });

  it('follows writes through a VPC gateway endpoint to S3', () => {
    const p = buildPipeline(
      about,
      [
        node('app-producer', 'apps', 'Web apps', [0, 0]),
        node('kinesis-data-stream', 'stream', 'Clicks', [1, 0]),
        node('lambda', 'fn', 'Writer', [2, 0]),
        node('vpc-endpoint', 'gateway', 'Gateway', [3, 0]),
        node('s3-bucket', 'lake', 'Lake', [4, 0]),
      ],
      [
        ['apps', 'stream'],
        ['stream', 'fn'],
        ['fn', 'gateway'],
        ['gateway', 'lake'],
      ],
    );
    expect(pw105(p)).toEqual([]);
  });

  it('leaves a source with no edges at all to PW104', () => {
    const p = clickstreamPipeline();
    p.edges = [];
    expect(pw105(p)).toEqual([]);
  });
});
