import { describe, expect, it } from 'vitest';
import { buildPipeline, node } from '../../../../shared/templates/build';
import { TEMPLATES } from '../../../../shared/templates';
import { validatePipeline } from '../../validate';

const about = { title: 'Test', description: '' };
const pw106 = (p: Parameters<typeof validatePipeline>[0]) => validatePipeline(p).filter((f) => f.code === 'PW106');

describe('PW106 data-cycle', () => {
  it('names the nodes of a loop between a stream and a function', () => {
    const p = buildPipeline(
      about,
      [
        node('app-producer', 'apps', 'Web apps', [0, 0]),
        node('kinesis-data-stream', 'stream', 'Clicks', [1, 0]),
        node('lambda', 'fn', 'Enricher', [2, 0]),
        node('kinesis-firehose', 'delivery', 'Delivery', [2, 1]),
        node('s3-bucket', 'lake', 'Lake', [3, 1]),
      ],
      [
        ['apps', 'stream'],
        ['stream', 'fn'],
        ['fn', 'stream'],
        ['stream', 'delivery'],
        ['delivery', 'lake'],
      ],
    );
    expect(pw106(p)).toEqual([{ code: 'PW106', severity: 'warning', nodeId: 'stream', message: 'Records loop Clicks → Enricher → Clicks without passing through a store' }]);
  });

  it('counts the other nodes of a larger knot', () => {
    const p = buildPipeline(
      about,
      [
        node('kinesis-data-stream', 'a', 'A', [0, 0]),
        node('lambda', 'f', 'F', [1, 0]),
        node('kinesis-analytics', 'k', 'K', [1, 1]),
      ],
      [
        ['a', 'f'],
        ['f', 'a'],
        ['a', 'k'],
        ['k', 'a'],
      ],
    );
    expect(pw106(p).map((f) => f.message)).toEqual(['Records loop A → F → A (and 1 more node on other loops) without passing through a store']);
  });

  it('does not mistake reads and writes through one VPC gateway endpoint for a loop', () => {
    const p = buildPipeline(
      about,
      [node('s3-bucket', 'lake', 'Lake', [0, 0]), node('vpc-endpoint', 'gateway', 'Gateway', [1, 0]), node('lambda', 'fn', 'Resizer', [2, 0])],
      [
        ['lake', 'gateway'],
        ['gateway', 'fn'],
        ['fn', 'gateway'],
      ],
    );
    expect(p.edges.map((e) => `${e.sourcePort}→${e.targetPort}`)).toEqual(['data→from-s3', 'to-vpc→objects', 'results→from-vpc']);
    expect(pw106(p)).toEqual([]);
  });

  it('does not flag jobs that read and write the same bucket (S3 → EMR → S3), nor any template', () => {
    const p = buildPipeline(
      about,
      [node('s3-bucket', 'lake', 'Lake', [0, 0]), node('emr-cluster', 'spark', 'Spark', [1, 0])],
      [
        ['lake', 'spark'],
        ['spark', 'lake'],
      ],
    );
    expect(pw106(p)).toEqual([]);
    for (const template of TEMPLATES) expect(pw106(template.build()), template.id).toEqual([]);
  });
});
