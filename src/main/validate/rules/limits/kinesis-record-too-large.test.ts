import { describe, expect, it } from 'vitest';
import { buildPipeline, node } from '../../../../shared/templates/build';
import { realTimeLayer } from '../../../../shared/templates/real-time-layer';
import type { Pipeline } from '../../../../shared/model/pipeline';
import { validatePipeline } from '../../validate';

const pw303 = (p: Pipeline) => validatePipeline(p).filter((f) => f.code === 'PW303');
const about = { title: 'Test', description: '' };

describe('PW303 kinesis-record-too-large', () => {
  it('flags a producer putting records over 1 MiB into a data stream', () => {
    const p = buildPipeline(
      about,
      [node('app-producer', 'apps', 'Scanners', [0, 0], { recordSizeBytes: 1_100 * 1_024 }), node('kinesis-data-stream', 'stream', 'Scans', [1, 0])],
      [['apps', 'stream']],
    );
    expect(pw303(p)).toEqual([
      { code: 'PW303', severity: 'error', nodeId: 'apps', edgeId: 'e1', path: ['recordSizeBytes'], message: 'Scanners: records of up to 1,100 KiB reach Scans, over the 1 MiB a Kinesis record may hold' },
    ]);
  });

  it('follows database rows through a DMS task writing to a stream', () => {
    const p = buildPipeline(
      about,
      [node('onprem-database', 'db', 'Documents DB', [0, 0], { rowSizeBytes: 2 * 1_048_576 }), node('dms', 'dms', 'Replication', [1, 0]), node('kinesis-data-stream', 'stream', 'Changes', [2, 0])],
      [
        ['db', 'dms'],
        ['dms', 'stream'],
      ],
    );
    expect(pw303(p)).toMatchObject([{ nodeId: 'db', edgeId: 'e2', path: ['rowSizeBytes'], message: 'Documents DB: records of up to 2,048 KiB reach Changes through Replication, over the 1 MiB a Kinesis record may hold' }]);
  });

  it('accepts records of exactly 1 MiB, and device messages through IoT Core (the real-time layer)', () => {
    const p = buildPipeline(about, [node('app-producer', 'apps', 'Apps', [0, 0], { recordSizeBytes: 1_048_576 }), node('kinesis-data-stream', 'stream', 'S', [1, 0])], [['apps', 'stream']]);
    expect(pw303(p)).toEqual([]);
    expect(pw303(realTimeLayer.build())).toEqual([]);
  });
});
