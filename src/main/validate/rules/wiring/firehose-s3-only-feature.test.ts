import { describe, expect, it } from 'vitest';
import { buildPipeline, node } from '../../../../shared/templates/build';
import type { Pipeline } from '../../../../shared/model/pipeline';
import { clickstreamPipeline } from '../../../../../test/fixtures/pipelines';
import { validatePipeline } from '../../validate';
import { applyFix } from './apply-fix.testing';

const pw205 = (p: Pipeline) => validatePipeline(p).filter((f) => f.code === 'PW205');

const toOpenSearch = () =>
  buildPipeline(
    { title: 'Test', description: '' },
    [
      node('app-producer', 'apps', 'Apps', [0, 0]),
      node('kinesis-firehose', 'delivery', 'Log delivery', [1, 0], {
        bufferSizeMiB: 64,
        recordFormatConversion: { format: 'ORC', compression: 'SNAPPY', inputFormat: 'OpenX JSON', databaseName: 'logs', tableName: 'events' },
        dynamicPartitioning: { enabled: true, partitionKeys: [] },
      }),
      node('opensearch', 'search', 'Log search', [2, 0]),
      node('s3-bucket', 'backup', 'Backup', [2, 1]),
      node('glue-data-catalog', 'catalog', 'Catalog', [0, 1], { databaseName: 'logs' }),
    ],
    [
      ['apps', 'delivery'],
      ['delivery', 'search'],
      ['delivery', 'backup'],
      ['catalog', 'delivery'],
    ],
  );

describe('PW205 firehose-s3-only-feature', () => {
  it('refuses conversion and dynamic partitioning towards OpenSearch, each with a fix turning it off', () => {
    const p = toOpenSearch();
    const findings = pw205(p);
    expect(findings).toEqual([
      {
        code: 'PW205',
        severity: 'error',
        nodeId: 'delivery',
        path: ['recordFormatConversion'],
        message: 'Log delivery: ORC conversion works only with S3, and it delivers to Log search',
        fix: { label: 'Turn format conversion off', operations: [{ op: 'set-config', nodeId: 'delivery', path: ['recordFormatConversion'], value: { format: 'none' } }] },
      },
      {
        code: 'PW205',
        severity: 'error',
        nodeId: 'delivery',
        path: ['dynamicPartitioning', 'enabled'],
        message: 'Log delivery: dynamic partitioning works only with S3, and it delivers to Log search',
        fix: { label: 'Turn dynamic partitioning off', operations: [{ op: 'set-config', nodeId: 'delivery', path: ['dynamicPartitioning', 'enabled'], value: false }] },
      },
    ]);
    expect(pw205(applyFix(applyFix(p, findings[0]), findings[1]))).toEqual([]);
  });

  it('names an HTTP endpoint destination', () => {
    const p = clickstreamPipeline({ firehose: { dynamicPartitioning: { enabled: true, partitionKeys: [] }, httpEndpoint: { enabled: true, name: 'x', url: 'https://example.com' } } });
    expect(pw205(p).map((f) => f.message)).toEqual(['Clickstream delivery: dynamic partitioning works only with S3, and it delivers to an HTTP endpoint']);
  });

  it('accepts both features with an S3 destination', () => {
    expect(pw205(clickstreamPipeline({ firehose: { bufferSizeMiB: 64, dynamicPartitioning: { enabled: true, partitionKeys: [] } } }))).toEqual([]);
  });
});
