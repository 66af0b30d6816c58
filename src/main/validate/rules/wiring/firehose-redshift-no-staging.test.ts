import { describe, expect, it } from 'vitest';
import { realTimeLayer } from '../../../../shared/templates/real-time-layer';
import { buildPipeline, node } from '../../../../shared/templates/build';
import type { Pipeline } from '../../../../shared/model/pipeline';
import { validatePipeline } from '../../validate';
import { applyFix } from './apply-fix.testing';

const pw203 = (p: Pipeline) => validatePipeline(p).filter((f) => f.code === 'PW203');

const toRedshift = () =>
  buildPipeline(
    { title: 'Test', description: '' },
    [node('app-producer', 'apps', 'Orders app', [0, 0]), node('kinesis-firehose', 'delivery', 'Order delivery', [1, 0]), node('redshift', 'warehouse', 'Warehouse', [2, 0])],
    [
      ['apps', 'delivery'],
      ['delivery', 'warehouse'],
    ],
  );

describe('PW203 firehose-redshift-no-staging', () => {
  it('asks for the S3 staging bucket, and its fix adds one on the staging port', () => {
    const p = toRedshift();
    const [finding] = pw203(p);
    expect(finding).toMatchObject({
      code: 'PW203',
      severity: 'error',
      nodeId: 'delivery',
      message: 'Order delivery delivers to Warehouse by COPY from S3: connect an S3 staging bucket to its staging port',
      fix: {
        label: 'Add an S3 staging bucket',
        operations: [
          { op: 'add-node', node: { id: 'delivery-staging', kind: 's3-bucket', label: 'Warehouse staging', position: { x: 520, y: 130 } } },
          { op: 'add-edge', edge: { id: 'delivery-staging-edge', source: 'delivery', target: 'delivery-staging', sourcePort: 'staging', targetPort: 'objects' } },
        ],
      },
    });
    const fixed = applyFix(p, finding);
    expect(pw203(fixed)).toEqual([]);
    expect(validatePipeline(fixed).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('accepts the real-time layer, whose warehouse delivery has its staging bucket', () => {
    expect(pw203(realTimeLayer.build())).toEqual([]);
  });
});
