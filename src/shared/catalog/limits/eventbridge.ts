import type { AwsLimit } from './units';

const CRON = 'Amazon EventBridge user guide, cron expressions (eb-scheduled-rule-pattern / eb-cron-expressions)';

/** Field ranges of EventBridge cron expressions (also used by Glue trigger schedules). */
export const EVENTBRIDGE_LIMITS_TABLE = {
  cronYearMin: { value: 1970, unit: 'year', source: CRON },
  cronYearMax: { value: 2199, unit: 'year', source: CRON },
  retryAttemptsMax: { value: 185, unit: 'retries', source: 'Amazon EventBridge API reference, RetryPolicy.MaximumRetryAttempts 0–185' },
  eventAgeMinSeconds: { value: 60, unit: 's', source: 'Amazon EventBridge API reference, RetryPolicy.MaximumEventAgeInSeconds 60–86400' },
  eventAgeMaxSeconds: { value: 86_400, unit: 's', source: 'Amazon EventBridge API reference, RetryPolicy.MaximumEventAgeInSeconds 60–86400' },
} as const satisfies Record<string, AwsLimit>;
