import { describe, expect, it } from 'vitest';
import { buildPipeline, node } from '../../../../shared/templates/build';
import type { Pipeline } from '../../../../shared/model/pipeline';
import { validatePipeline } from '../../validate';
import { applyFix } from '../wiring/apply-fix.testing';

const pw306 = (p: Pipeline) => validatePipeline(p).filter((f) => f.code === 'PW306');
const states = [{ type: 'Task', name: 'Resize', resource: 'lambda:invoke', pattern: 'request-response', retry: [] }] as const;

function invoking(workflow: object, timeoutSeconds: number): Pipeline {
  return buildPipeline(
    { title: 'Test', description: '' },
    [node('step-functions', 'flow', 'Resize flow', [0, 0], { workflow, states } as object), node('lambda', 'fn', 'Resizer', [1, 0], { timeoutSeconds })],
    [['flow', 'fn']],
  );
}

describe('PW306 lambda-timeout-exceeds-workflow', () => {
  it('warns when the function may outlast an Express workflow; the fix lets the workflow run as long', () => {
    const p = invoking({ type: 'EXPRESS', timeoutSeconds: 60, invocation: 'asynchronous' }, 120);
    const [finding] = pw306(p);
    expect(finding).toEqual({
      code: 'PW306',
      severity: 'warning',
      nodeId: 'fn',
      edgeId: 'e1',
      path: ['timeoutSeconds'],
      message: 'Resizer may run 120 s, but Resize flow stops after 60 s',
      fix: { label: 'Let Resize flow run 120 s', operations: [{ op: 'set-config', nodeId: 'flow', path: ['workflow'], value: { type: 'EXPRESS', timeoutSeconds: 120, invocation: 'asynchronous' } }] },
    });
    expect(pw306(applyFix(p, finding))).toEqual([]);
  });

  it('makes the workflow Standard when Express cannot last as long as the function', () => {
    const p = invoking({ type: 'EXPRESS', timeoutSeconds: 300, invocation: 'asynchronous' }, 900);
    const [finding] = pw306(p);
    expect(finding?.fix).toEqual({ label: 'Use a Standard workflow of 900 s', operations: [{ op: 'set-config', nodeId: 'flow', path: ['workflow'], value: { type: 'STANDARD', timeoutSeconds: 900 } }] });
    const fixed = applyFix(p, finding);
    expect(pw306(fixed)).toEqual([]);
    expect(validatePipeline(fixed).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('accepts a function that ends before its workflow does', () => {
    expect(pw306(invoking({ type: 'STANDARD', timeoutSeconds: 86_400 }, 900))).toEqual([]);
    expect(pw306(invoking({ type: 'EXPRESS', timeoutSeconds: 300, invocation: 'synchronous' }, 300))).toEqual([]);
  });
});
