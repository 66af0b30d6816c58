import { describe, expect, it } from 'vitest';
import { realTimeLayer } from '../../../../shared/templates/real-time-layer';
import type { ConfigOf } from '../../../../shared/catalog/registry';
import type { Pipeline } from '../../../../shared/model/pipeline';
import { clickstreamPipeline } from '../../../../../test/fixtures/pipelines';
import { validatePipeline } from '../../validate';
import { applyFix } from '../wiring/apply-fix.testing';

const pw304 = (p: Pipeline) => validatePipeline(p).filter((f) => f.code === 'PW304');
const partitioning: ConfigOf<'kinesis-firehose'>['dynamicPartitioning'] = { enabled: true, partitionKeys: [{ name: 'deviceId', source: 'JQ query', expression: '.deviceId' }] };

describe('PW304 firehose-buffer-too-small', () => {
  it('asks dynamic partitioning for a 64 MiB buffer; the fix sets it', () => {
    const p = clickstreamPipeline({ firehose: { dynamicPartitioning: partitioning } });
    const [finding] = pw304(p);
    expect(finding).toEqual({
      code: 'PW304',
      severity: 'error',
      nodeId: 'firehose-1',
      path: ['bufferSizeMiB'],
      message: 'Clickstream delivery: dynamic partitioning needs a buffer of at least 64 MiB, not 5 MiB',
      fix: { label: 'Set the buffer size to 64 MiB', operations: [{ op: 'set-config', nodeId: 'firehose-1', path: ['bufferSizeMiB'], value: 64 }] },
    });
    expect(pw304(applyFix(p, finding))).toEqual([]);
  });

  it('names both features when both are on', () => {
    const p = clickstreamPipeline({
      firehose: { bufferSizeMiB: 32, dynamicPartitioning: partitioning, recordFormatConversion: { format: 'ORC', compression: 'SNAPPY', inputFormat: 'OpenX JSON', databaseName: 'a', tableName: 'b' } },
    });
    expect(pw304(p).map((f) => f.message)).toEqual(['Clickstream delivery: ORC conversion and dynamic partitioning need a buffer of at least 64 MiB, not 32 MiB']);
  });

  it('accepts a small buffer without either feature, and the real-time layer (Parquet with 64 MiB)', () => {
    expect(pw304(clickstreamPipeline())).toEqual([]);
    expect(pw304(realTimeLayer.build())).toEqual([]);
  });
});
