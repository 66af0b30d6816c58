import { STEP_FUNCTIONS_LIMITS_TABLE } from '../../../../shared/catalog/limits/step-functions';
import type { FixOperation } from '../../../../shared/findings/finding';
import { finding, type Rule } from '../../rule';

const EXPRESS_MAX = STEP_FUNCTIONS_LIMITS_TABLE.expressMaxDurationSeconds.value;

/** PW306: a Lambda function started by a Step Functions workflow whose execution timeout is shorter than the function's. */
export const lambdaTimeoutExceedsWorkflow: Rule = {
  code: 'PW306',
  scope: 'edge',
  check(edge, ctx) {
    const workflowNode = ctx.nodesById.get(edge.source);
    const functionNode = ctx.nodesById.get(edge.target);
    const workflow = ctx.configOf(workflowNode, 'step-functions')?.workflow;
    const fn = ctx.configOf(functionNode, 'lambda');
    if (!workflow || !fn || fn.timeoutSeconds <= workflow.timeoutSeconds) return [];
    // Raise the workflow's timeout to the function's; an Express workflow that cannot go that far becomes Standard.
    const value = workflow.type === 'EXPRESS' && fn.timeoutSeconds > EXPRESS_MAX ? { type: 'STANDARD', timeoutSeconds: fn.timeoutSeconds } : { ...workflow, timeoutSeconds: fn.timeoutSeconds };
    const operations: FixOperation[] = [{ op: 'set-config', nodeId: workflowNode!.id, path: ['workflow'], value }];
    return [
      finding('PW306', `${functionNode!.label} may run ${fn.timeoutSeconds} s, but ${workflowNode!.label} stops after ${workflow.timeoutSeconds} s`, {
        nodeId: functionNode!.id,
        edgeId: edge.id,
        path: ['timeoutSeconds'],
        fix: { label: value.type === workflow.type ? `Let ${workflowNode!.label} run ${fn.timeoutSeconds} s` : `Use a Standard workflow of ${fn.timeoutSeconds} s`, operations },
      }),
    ];
  },
};
