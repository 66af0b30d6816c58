import { describe, expect, it } from 'vitest';
import { batchLayer } from '../../../../shared/templates/batch-layer';
import { buildPipeline, node } from '../../../../shared/templates/build';
import type { ConfigOf } from '../../../../shared/catalog/registry';
import type { Pipeline } from '../../../../shared/model/pipeline';
import { validatePipeline } from '../../validate';
import { applyFix } from './apply-fix.testing';

const pw209 = (p: Pipeline) => validatePipeline(p).filter((f) => f.code === 'PW209');
const about = { title: 'Test', description: '' };
const express: ConfigOf<'step-functions'> = {
  workflow: { type: 'EXPRESS', timeoutSeconds: 300, invocation: 'asynchronous' },
  states: [
    { type: 'Task', name: 'Start job', resource: 'glue:startJobRun', pattern: 'request-response', retry: [] },
    { type: 'Task', name: 'Train', resource: 'sagemaker:createTrainingJob', pattern: 'request-response', retry: [] },
    { type: 'Task', name: 'Notify', resource: 'lambda:invoke', pattern: 'request-response', retry: [] },
  ],
  loggingLevel: 'ERROR',
};

function workflow(config: Partial<ConfigOf<'step-functions'>>): Pipeline {
  return buildPipeline(
    about,
    [
      node('step-functions', 'flow', 'Nightly', [0, 1], config),
      node('glue-etl-job', 'etl', 'To Parquet', [1, 0]),
      node('sagemaker', 'train', 'Training', [1, 1]),
      node('lambda', 'notify', 'Notify', [1, 2]),
    ],
    [
      ['flow', 'etl'],
      ['flow', 'train'],
      ['flow', 'notify'],
    ],
  );
}

describe('PW209 express-waits-on-job', () => {
  it('names the jobs an Express workflow cannot wait for; the fix makes it Standard', () => {
    const p = workflow(express);
    const [finding] = pw209(p);
    expect(finding).toEqual({
      code: 'PW209',
      severity: 'error',
      nodeId: 'flow',
      path: ['workflow'],
      message: 'Nightly: an Express workflow runs at most 5 minutes and cannot wait for To Parquet, Training: use a Standard workflow',
      fix: { label: 'Use a Standard workflow', operations: [{ op: 'set-config', nodeId: 'flow', path: ['workflow'], value: { type: 'STANDARD', timeoutSeconds: 86_400 } }] },
    });
    const fixed = applyFix(p, finding);
    expect(pw209(fixed)).toEqual([]);
    expect(validatePipeline(fixed).filter((f) => f.nodeId === 'flow' && f.severity === 'error')).toEqual([]);
  });

  it('accepts an Express workflow that only invokes functions or serves endpoints, and the Standard batch layer', () => {
    const quick = buildPipeline(
      about,
      [node('step-functions', 'flow', 'Quick', [0, 0], { ...express, states: [express.states[2]!] }), node('lambda', 'notify', 'Notify', [1, 0]), node('sagemaker', 'model', 'Endpoint', [1, 1], { workload: { mode: 'endpoint' } })],
      [
        ['flow', 'notify'],
        ['flow', 'model'],
      ],
    );
    expect(pw209(quick)).toEqual([]);
    expect(pw209(batchLayer.build())).toEqual([]);
  });
});
