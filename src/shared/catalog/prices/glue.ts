import type { AwsPrice } from './units';

const INFRACOST = 'reference table aws-limits-and-prices.md, AWS Glue: infracost golden glue_job_test.golden (us-east-1, 2024-07-01)';
const COST_MODEL = "reference table aws-limits-and-prices.md, AWS Glue: public GitHub project cost model quoting aws.amazon.com/glue/pricing/ for us-east-1, 'fetched 2026-09-25' [secondary]";

export const GLUE_PRICES = {
  etlDpuHour: { value: 0.44, unit: 'USD per DPU-hour (Spark, streaming, Python shell), billed per second', source: INFRACOST },
  flexDpuHour: { value: 0.29, unit: 'USD per DPU-hour (Flex execution class)', source: COST_MODEL },
  etlMinimumBilledSeconds: { value: 60, unit: 's billed at least per job run (Glue 2.0+)', source: COST_MODEL },
} as const satisfies Record<string, AwsPrice>;
