import { describe, expect, it } from 'vitest';
import { realTimeLayer } from '../../../../shared/templates/real-time-layer';
import { buildPipeline, node } from '../../../../shared/templates/build';
import type { Pipeline } from '../../../../shared/model/pipeline';
import { validatePipeline } from '../../validate';
import { applyFix } from './apply-fix.testing';

const pw210 = (p: Pipeline) => validatePipeline(p).filter((f) => f.code === 'PW210');

describe('PW210 firehose-stream-source-exclusive', () => {
  it('refuses Direct PUT beside a stream source; the fix disconnects the other inputs', () => {
    const p = buildPipeline(
      { title: 'Test', description: '' },
      [
        node('kinesis-data-stream', 'stream', 'Clicks', [0, 0]),
        node('app-producer', 'apps', 'Web apps', [0, 1]),
        node('lambda', 'fn', 'Enricher', [0, 2]),
        node('kinesis-firehose', 'delivery', 'Delivery', [1, 1]),
        node('s3-bucket', 'lake', 'Lake', [2, 1]),
      ],
      [
        ['apps', 'delivery'],
        ['stream', 'delivery'],
        ['fn', 'delivery'],
        ['delivery', 'lake'],
      ],
    );
    const [finding] = pw210(p);
    expect(finding).toEqual({
      code: 'PW210',
      severity: 'error',
      nodeId: 'delivery',
      message: 'Delivery reads the data stream Clicks, so it takes no other input: Web apps, Enricher must write to the stream instead',
      fix: {
        label: 'Disconnect Web apps, Enricher',
        operations: [
          { op: 'remove-edge', edgeId: 'e1' },
          { op: 'remove-edge', edgeId: 'e3' },
        ],
      },
    });
    expect(pw210(applyFix(p, finding))).toEqual([]);
  });

  it('accepts one stream source (the real-time layer) and several Direct PUT writers', () => {
    expect(pw210(realTimeLayer.build())).toEqual([]);
    const directPut = buildPipeline(
      { title: 'Test', description: '' },
      [node('app-producer', 'apps', 'Web apps', [0, 0]), node('lambda', 'fn', 'Enricher', [0, 1]), node('kinesis-firehose', 'delivery', 'Delivery', [1, 0]), node('s3-bucket', 'lake', 'Lake', [2, 0])],
      [
        ['apps', 'delivery'],
        ['fn', 'delivery'],
        ['delivery', 'lake'],
      ],
    );
    expect(pw210(directPut)).toEqual([]);
  });
});
