import type { AwsLimit } from './units';

const EMR_API = 'Amazon EMR API reference, RunJobFlow StepConcurrencyLevel (default 1, maximum 256)';

export const EMR_LIMITS_TABLE = {
  stepConcurrencyMin: { value: 1, unit: 'steps', source: EMR_API },
  stepConcurrencyMax: { value: 256, unit: 'steps', source: EMR_API },
  stepConcurrencyDefault: { value: 1, unit: 'steps', source: EMR_API },
  primaryNodesSingle: { value: 1, unit: 'primary nodes', source: 'Amazon EMR management guide, Plan and configure primary nodes (emr-plan-ha): one or three primary nodes' },
  primaryNodesHighAvailability: { value: 3, unit: 'primary nodes (instance groups: EMR 5.23.0+)', source: 'Amazon EMR management guide, Plan and configure primary nodes (emr-plan-ha): one or three primary nodes' },
} as const satisfies Record<string, AwsLimit>;
