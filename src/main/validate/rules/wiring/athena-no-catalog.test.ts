import { describe, expect, it } from 'vitest';
import { analyticsLayer } from '../../../../shared/templates/analytics-layer';
import { buildPipeline, node } from '../../../../shared/templates/build';
import type { Pipeline } from '../../../../shared/model/pipeline';
import { validatePipeline } from '../../validate';
import { applyFix } from './apply-fix.testing';

const pw206 = (p: Pipeline) => validatePipeline(p).filter((f) => f.code === 'PW206');
const about = { title: 'Test', description: '' };

describe('PW206 athena-no-catalog', () => {
  it('asks for a catalog over the bucket; the fix adds a Data Catalog on the tables port', () => {
    const p = buildPipeline(about, [node('s3-bucket', 'lake', 'Lake', [0, 0]), node('athena', 'queries', 'Queries', [1, 0])], [['lake', 'queries']]);
    const [finding] = pw206(p);
    expect(finding).toMatchObject({
      code: 'PW206',
      severity: 'warning',
      nodeId: 'queries',
      message: 'Queries has no tables to query: connect a Glue Data Catalog',
      fix: {
        label: 'Add a Glue Data Catalog',
        operations: [
          { op: 'add-node', node: { id: 'queries-catalog', kind: 'glue-data-catalog', position: { x: 0, y: 130 } } },
          { op: 'add-edge', edge: { id: 'queries-catalog-edge', source: 'queries-catalog', target: 'queries', sourcePort: 'tables', targetPort: 'tables' } },
        ],
      },
    });
    expect(pw206(applyFix(p, finding))).toEqual([]);
  });

  it('says what is missing when Athena stands alone, and when the bucket is missing', () => {
    const alone = buildPipeline(about, [node('athena', 'queries', 'Queries', [0, 0])], []);
    expect(pw206(alone)[0]?.message).toBe('Queries has no tables to query: connect a Glue Data Catalog and the S3 bucket its tables describe');
    const noData = buildPipeline(about, [node('glue-data-catalog', 'catalog', 'Catalog', [0, 0]), node('athena', 'queries', 'Queries', [1, 0])], [['catalog', 'queries']]);
    expect(pw206(noData)).toEqual([{ code: 'PW206', severity: 'warning', nodeId: 'queries', message: 'Queries: its tables describe no data: connect the S3 bucket they are over' }]);
  });

  it('accepts the analytics layer', () => {
    expect(pw206(analyticsLayer.build())).toEqual([]);
  });
});
