import { createInference } from './inference';
import { startedJob } from './started-jobs';
import type { Behaviour } from './types';

const jobs = startedJob<'sagemaker'>('SageMaker training, batch transform and processing jobs', (config) =>
  Math.min(config.jobRunMinutes * 60, config.workload.mode === 'training' ? config.workload.maxRuntimeSeconds : Infinity),
);

/**
 * Amazon SageMaker AI.
 * - Real-time endpoint: each record received (a video frame or fragment, an event) is one
 *   inference request (inference.ts); the endpoint answers instances × "inferences per instance"
 *   per second, a load-test figure the user gives (the reference table has none; without it the
 *   endpoint is not limited, said in the notes). Each answer is one result of "result size" bytes.
 * - Training, batch transform and processing jobs run only when started through a control edge
 *   (started-jobs.ts): their input waits until then.
 */
export const sagemakerBehaviour: Behaviour<'sagemaker'> = {
  create(config, ctx) {
    if (config.workload.mode !== 'endpoint') return jobs.create(config, ctx);
    const perInstance = config.inferencesPerSecondPerInstance;
    if (perInstance === null) ctx.note(`${ctx.label}: no inference rate per instance set (the reference table has none): the endpoint answers every request.`);
    return createInference(ctx, { requestsPerSecond: perInstance === null ? Infinity : perInstance * config.instanceCount, resultSizeBytes: config.resultSizeBytes });
  },
};
