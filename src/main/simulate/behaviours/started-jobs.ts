import type { ConfigOf } from '../../../shared/catalog/registry';
import { createBatchRuns, usageOf } from './batch-runs';
import type { Behaviour } from './types';

/**
 * Jobs that run only when a control edge starts them (AWS Batch jobs submitted by a schedule or
 * Step Functions, EMR steps added by Step Functions, SageMaker jobs): their settings have no schedule of their own.
 * Each start is one run of the kind's "Run time (simulation)" setting, capped by its timeout where
 * it has one, taking and writing the input received so far as batch-runs.ts describes; each run
 * is counted in the node's usage and as a 'job-run' event. With nothing to start them they never
 * run: what reaches them stays buffered, and the notes say why.
 */
export function startedJob<K extends 'batch-job' | 'emr-cluster' | 'sagemaker'>(what: string, runSeconds: (config: ConfigOf<K>) => number): Behaviour<K> {
  return {
    create(config, ctx) {
      const seconds = runSeconds(config);
      const runs = createBatchRuns(
        ctx,
        () => seconds,
        () => {
          usageOf(ctx).runs++;
          ctx.event('job-run', `${ctx.label}: a run starts (${seconds} s).`);
        },
      );
      return {
        start: () => {
          if (ctx.startedBy.length === 0) ctx.note(`${ctx.label}: ${what} run only when a control edge starts them, and none does; its input stays buffered.`);
        },
        onStart: runs.runNow,
        receive: runs.receive,
        finish: runs.finish,
      };
    },
  };
}
