import { STEP_FUNCTIONS_LIMITS_TABLE } from '../../../../shared/catalog/limits/step-functions';
import { defaultConfig } from '../../../../shared/catalog/registry';
import type { PipelineNode } from '../../../../shared/model/pipeline';
import { finding, type Rule, type RuleContext } from '../../rule';

const EXPRESS_MINUTES = STEP_FUNCTIONS_LIMITS_TABLE.expressMaxDurationSeconds.value / 60;

/** Jobs that run for longer than an Express workflow lives (minutes to days): what a Standard workflow is for. */
function longJob(node: PipelineNode | undefined, ctx: RuleContext): boolean {
  if (!node) return false;
  if (node.kind === 'glue-etl-job' || node.kind === 'batch-job' || node.kind === 'emr-cluster') return true;
  const sagemaker = ctx.configOf(node, 'sagemaker');
  return sagemaker !== undefined && sagemaker.workload.mode !== 'endpoint';
}

/** PW209: an Express workflow that starts Glue, Batch, EMR or SageMaker jobs, which it cannot wait for. */
export const expressWaitsOnJob: Rule = {
  code: 'PW209',
  scope: 'node',
  check(node, ctx) {
    if (ctx.configOf(node, 'step-functions')?.workflow.type !== 'EXPRESS') return [];
    const jobs = ctx
      .outgoing(node.id)
      .filter((e) => ctx.edgeKind(e) === 'control')
      .map((e) => ctx.nodesById.get(e.target))
      .filter((n): n is PipelineNode => longJob(n, ctx));
    if (jobs.length === 0) return [];
    const names = jobs.map((j) => j.label).join(', ');
    return [
      finding('PW209', `${node.label}: an Express workflow runs at most ${EXPRESS_MINUTES} minutes and cannot wait for ${names}: use a Standard workflow`, {
        nodeId: node.id,
        path: ['workflow'],
        fix: { label: 'Use a Standard workflow', operations: [{ op: 'set-config', nodeId: node.id, path: ['workflow'], value: defaultConfig('step-functions').workflow }] },
      }),
    ];
  },
};
