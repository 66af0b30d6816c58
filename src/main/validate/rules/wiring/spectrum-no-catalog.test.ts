import { describe, expect, it } from 'vitest';
import { analyticsLayer } from '../../../../shared/templates/analytics-layer';
import { buildPipeline, node } from '../../../../shared/templates/build';
import type { Pipeline } from '../../../../shared/model/pipeline';
import { validatePipeline } from '../../validate';
import { applyFix } from './apply-fix.testing';

const pw207 = (p: Pipeline) => validatePipeline(p).filter((f) => f.code === 'PW207');
const about = { title: 'Test', description: '' };
const spectrum = { spectrum: { enabled: true, externalSchema: 'lake' } };

describe('PW207 spectrum-no-catalog', () => {
  it('asks for the catalog of the external schema; the fix adds one', () => {
    const p = buildPipeline(about, [node('s3-bucket', 'lake', 'Lake', [0, 0]), node('redshift', 'dw', 'Warehouse', [1, 0], spectrum)], [['lake', 'dw']]);
    const [finding] = pw207(p);
    expect(finding).toMatchObject({
      code: 'PW207',
      severity: 'warning',
      nodeId: 'dw',
      path: ['spectrum', 'enabled'],
      message: "Warehouse: Spectrum's external schema comes from a Glue Data Catalog: connect one",
      fix: { label: 'Add a Glue Data Catalog', operations: [{ op: 'add-node', node: { id: 'dw-catalog', kind: 'glue-data-catalog' } }, { op: 'add-edge', edge: { source: 'dw-catalog', target: 'dw', targetPort: 'tables' } }] },
    });
    expect(pw207(applyFix(p, finding))).toEqual([]);
  });

  it('asks for the S3 data; the fix turns Spectrum off', () => {
    const p = buildPipeline(about, [node('glue-data-catalog', 'catalog', 'Catalog', [0, 0]), node('redshift', 'dw', 'Warehouse', [1, 0], spectrum)], [['catalog', 'dw']]);
    const [finding] = pw207(p);
    expect(finding).toEqual({
      code: 'PW207',
      severity: 'warning',
      nodeId: 'dw',
      path: ['spectrum', 'enabled'],
      message: 'Warehouse: Spectrum queries files in S3: connect the bucket its external tables are over',
      fix: { label: 'Turn Spectrum off', operations: [{ op: 'set-config', nodeId: 'dw', path: ['spectrum', 'enabled'], value: false }] },
    });
    expect(pw207(applyFix(p, finding))).toEqual([]);
  });

  it('accepts the analytics layer, and Redshift without Spectrum', () => {
    expect(pw207(analyticsLayer.build())).toEqual([]);
    expect(pw207(buildPipeline(about, [node('redshift', 'dw', 'Warehouse', [0, 0])], []))).toEqual([]);
  });
});
