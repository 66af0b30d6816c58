import { describe, expect, it } from 'vitest';
import { batchLayer } from '../../../../shared/templates/batch-layer';
import { buildPipeline, node } from '../../../../shared/templates/build';
import type { Pipeline } from '../../../../shared/model/pipeline';
import { validatePipeline } from '../../validate';
import { applyFix } from './apply-fix.testing';

const pw208 = (p: Pipeline) => validatePipeline(p).filter((f) => f.code === 'PW208');

describe('PW208 crawler-no-catalog', () => {
  it('asks for a catalog to write to; the fix adds one on the crawler output', () => {
    const p = buildPipeline({ title: 'Test', description: '' }, [node('s3-bucket', 'raw', 'Raw', [0, 0]), node('glue-crawler', 'crawler', 'Raw crawler', [1, 0])], [['raw', 'crawler']]);
    const [finding] = pw208(p);
    expect(finding).toMatchObject({
      code: 'PW208',
      severity: 'error',
      nodeId: 'crawler',
      message: 'Raw crawler writes its tables nowhere: connect it to a Glue Data Catalog',
      fix: {
        label: 'Add a Glue Data Catalog',
        operations: [
          { op: 'add-node', node: { id: 'crawler-catalog', kind: 'glue-data-catalog', position: { x: 520, y: 130 } } },
          { op: 'add-edge', edge: { id: 'crawler-catalog-edge', source: 'crawler', target: 'crawler-catalog', sourcePort: 'tables', targetPort: 'tables' } },
        ],
      },
    });
    const fixed = applyFix(p, finding);
    expect(pw208(fixed)).toEqual([]);
    expect(validatePipeline(fixed).filter((f) => f.code === 'PW201')).toEqual([]);
  });

  it('accepts the batch layer', () => {
    expect(pw208(batchLayer.build())).toEqual([]);
  });
});
