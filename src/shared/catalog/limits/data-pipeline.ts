import type { AwsLimit } from './units';

const PERIOD = 'AWS Data Pipeline developer guide, Pipeline expressions and functions, Period (dp-expressions-functions)';

export const DATA_PIPELINE_LIMITS_TABLE = {
  periodMinMinutes: { value: 15, unit: 'min', source: PERIOD },
  periodMaxYears: { value: 3, unit: 'years', source: PERIOD },
} as const satisfies Record<string, AwsLimit>;
