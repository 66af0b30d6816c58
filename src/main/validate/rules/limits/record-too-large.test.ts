import { describe, expect, it } from 'vitest';
import { buildPipeline, node } from '../../../../shared/templates/build';
import { TEMPLATES } from '../../../../shared/templates';
import type { Pipeline } from '../../../../shared/model/pipeline';
import { clickstreamPipeline } from '../../../../../test/fixtures/pipelines';
import { validatePipeline } from '../../validate';

const pw302 = (p: Pipeline) => validatePipeline(p).filter((f) => f.code === 'PW302');

describe('PW302 record-too-large', () => {
  it('flags a producer putting records over 1,000 KiB directly, counting the size spread', () => {
    const p = clickstreamPipeline({ producer: { recordSizeBytes: 900 * 1_024, recordSizeSpreadPercent: 20 } });
    expect(pw302(p)).toEqual([
      {
        code: 'PW302',
        severity: 'error',
        nodeId: 'producer-1',
        edgeId: 'edge-1',
        path: ['recordSizeBytes'],
        message: "Web app producers: records of up to 1,080 KiB reach Clickstream delivery, over its limit of 1,000 KiB",
      },
    ]);
  });

  it('follows records through a Kinesis data stream into the Firehose reading it', () => {
    // 1,010 KiB: within the stream's 1 MiB, over Firehose's 1,000 KiB.
    const p = buildPipeline(
      { title: 'Test', description: '' },
      [
        node('app-producer', 'apps', 'Scanners', [0, 0], { recordSizeBytes: 1_010 * 1_024 }),
        node('kinesis-data-stream', 'stream', 'Scans', [1, 0]),
        node('kinesis-firehose', 'delivery', 'Scan delivery', [2, 0]),
        node('s3-bucket', 'lake', 'Lake', [3, 0]),
      ],
      [
        ['apps', 'stream'],
        ['stream', 'delivery'],
        ['delivery', 'lake'],
      ],
    );
    expect(pw302(p)).toEqual([
      { code: 'PW302', severity: 'error', nodeId: 'apps', edgeId: 'e2', path: ['recordSizeBytes'], message: 'Scanners: records of up to 1,010 KiB reach Scan delivery through Scans, over its limit of 1,000 KiB' },
    ]);
    expect(validatePipeline(p).map((f) => f.code)).not.toContain('PW303');
  });

  it('accepts records at the limit, and every template', () => {
    expect(pw302(clickstreamPipeline({ producer: { recordSizeBytes: 1_000 * 1_024 } }))).toEqual([]);
    for (const template of TEMPLATES) expect(pw302(template.build()), template.id).toEqual([]);
  });
});
