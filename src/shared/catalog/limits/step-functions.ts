import type { AwsLimit } from './units';

const SFN_LIMITS = 'AWS Step Functions developer guide, Quotas (awsdocs aws-step-functions-developer-guide doc_source/limits-overview.md)';
const ASL_RETRY = 'Amazon States Language specification, Retrier (states-language.net/spec.html); Step Functions developer guide, concepts-error-handling.md';

export const STEP_FUNCTIONS_LIMITS_TABLE = {
  standardMaxDurationSeconds: { value: 31_536_000, unit: 's (1 year)', source: SFN_LIMITS },
  expressMaxDurationSeconds: { value: 300, unit: 's (5 minutes)', source: SFN_LIMITS },
  payloadBytes: { value: 262_144, unit: 'bytes per state input or output (256 KiB)', source: SFN_LIMITS },
  historyEvents: { value: 25_000, unit: 'events per Standard execution', source: SFN_LIMITS },
  stateNameMaxLength: { value: 80, unit: 'Unicode characters (unique within the state machine)', source: 'Amazon States Language specification, States' },
  retryIntervalMinSeconds: { value: 1, unit: 's (positive integer)', source: ASL_RETRY },
  retryIntervalDefaultSeconds: { value: 1, unit: 's', source: ASL_RETRY },
  retryMaxAttemptsDefault: { value: 3, unit: 'retries', source: ASL_RETRY },
  retryBackoffRateMin: { value: 1, unit: '×', source: ASL_RETRY },
  retryBackoffRateDefault: { value: 2, unit: '×', source: ASL_RETRY },
} as const satisfies Record<string, AwsLimit>;
