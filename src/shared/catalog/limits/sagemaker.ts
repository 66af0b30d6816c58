import type { AwsLimit } from './units';

const STOPPING = 'Amazon SageMaker API reference, StoppingCondition.MaxRuntimeInSeconds (default 1 day, maximum 28 days)';

export const SAGEMAKER_LIMITS_TABLE = {
  trainingMaxRuntimeDefaultSeconds: { value: 86_400, unit: 's', source: STOPPING },
  trainingMaxRuntimeMaxSeconds: { value: 2_419_200, unit: 's (28 days)', source: STOPPING },
} as const satisfies Record<string, AwsLimit>;
