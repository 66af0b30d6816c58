import type { AwsLimit } from './units';

const GLUE_ADD_JOB = 'AWS Glue developer guide, Adding jobs / job properties (awsdocs aws-glue-developer-guide doc_source/add-job.md, Glue 2.0-era text)';
const GLUE_WORKERS = 'AWS Glue developer guide, worker types (docs.aws.amazon.com/glue/latest/dg/worker-types.html); project reference table';

export const GLUE_LIMITS_TABLE = {
  maxWorkersG1X: { value: 299, unit: 'workers (G.1X)', source: GLUE_ADD_JOB },
  maxWorkersG2X: { value: 149, unit: 'workers (G.2X)', source: GLUE_ADD_JOB },
  maxCapacityMinDpu: { value: 2, unit: 'DPU (Standard worker, Glue 1.0 and earlier)', source: GLUE_ADD_JOB },
  maxCapacityMaxDpu: { value: 100, unit: 'DPU (Standard worker, Glue 1.0 and earlier)', source: GLUE_ADD_JOB },
  maxCapacityDefaultDpu: { value: 10, unit: 'DPU', source: GLUE_ADD_JOB },
  maxRetriesMax: { value: 10, unit: 'automatic restarts after a failed run', source: GLUE_ADD_JOB },
  timeoutDefaultMinutes: { value: 2_880, unit: 'min', source: GLUE_ADD_JOB },
  dpuG1X: { value: 1, unit: 'DPU per worker (4 vCPU, 16 GB)', source: GLUE_WORKERS },
  dpuG2X: { value: 2, unit: 'DPU per worker', source: GLUE_WORKERS },
  dpuG4X: { value: 4, unit: 'DPU per worker (Glue 3.0+)', source: GLUE_WORKERS },
  dpuG8X: { value: 8, unit: 'DPU per worker (Glue 3.0+)', source: GLUE_WORKERS },
  dpuG12X: { value: 12, unit: 'DPU per worker', source: GLUE_WORKERS },
  dpuG16X: { value: 16, unit: 'DPU per worker', source: GLUE_WORKERS },
} as const satisfies Record<string, AwsLimit>;
