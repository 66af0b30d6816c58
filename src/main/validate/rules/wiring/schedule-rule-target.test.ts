import { describe, expect, it } from 'vitest';
import { batchLayer } from '../../../../shared/templates/batch-layer';
import { buildPipeline, node } from '../../../../shared/templates/build';
import type { Pipeline } from '../../../../shared/model/pipeline';
import { validatePipeline } from '../../validate';
import { applyFix } from './apply-fix.testing';

const pw212 = (p: Pipeline) => validatePipeline(p).filter((f) => f.code === 'PW212');

const scheduled = (mechanism: 'rule' | 'scheduler') =>
  buildPipeline(
    { title: 'Test', description: '' },
    [node('schedule', 'nightly', 'Nightly', [0, 0], { mechanism }), node('glue-etl-job', 'etl', 'To Parquet', [1, 0]), node('lambda', 'fn', 'Cleanup', [1, 1])],
    [
      ['nightly', 'etl'],
      ['nightly', 'fn'],
    ],
  );

describe('PW212 schedule-rule-target', () => {
  it('refuses a scheduled rule starting a Glue job; the fix switches to EventBridge Scheduler', () => {
    const p = scheduled('rule');
    const [finding] = pw212(p);
    expect(finding).toEqual({
      code: 'PW212',
      severity: 'error',
      nodeId: 'nightly',
      edgeId: 'e1',
      path: ['mechanism'],
      message: 'Nightly: a scheduled EventBridge rule cannot call glue:StartJobRun, so it cannot start To Parquet (Glue job): use EventBridge Scheduler',
      fix: { label: 'Use EventBridge Scheduler', operations: [{ op: 'set-config', nodeId: 'nightly', path: ['mechanism'], value: 'scheduler' }] },
    });
    expect(pw212(applyFix(p, finding))).toEqual([]);
  });

  it('accepts Scheduler, and a rule starting a Lambda function or a workflow (the batch layer)', () => {
    expect(pw212(scheduled('scheduler'))).toEqual([]);
    const layer = batchLayer.build();
    layer.nodes.find((n) => n.kind === 'schedule')!.config.mechanism = 'rule';
    expect(pw212(layer)).toEqual([]);
  });
});
