import { ATHENA_PRICES } from '../../../shared/catalog/prices/athena';
import { DATASYNC_PRICES } from '../../../shared/catalog/prices/datasync';
import { DYNAMODB_PRICES as D } from '../../../shared/catalog/prices/dynamodb';
import { GLUE_PRICES as G } from '../../../shared/catalog/prices/glue';
import { LAMBDA_PRICES } from '../../../shared/catalog/prices/lambda';
import { STEP_FUNCTIONS_PRICES as S } from '../../../shared/catalog/prices/step-functions';
import { GIB } from '../../../shared/catalog/prices/units';
import { hourlyCost, roundedBytes, unknownCost, usageCost, type CostModel } from './types';

const MIB = 1_048_576;
/** Athena bills at least 10 MB per query, rounded up to whole MB (reference table; MB taken as MiB). */
const ATHENA_MIN_MIB = 10;
const TIB = GIB * 1_024;

/** Billed seconds of one Glue job run: per second, with the per-run minimum of Glue 2.0+. */
export const glueBilledSeconds = (seconds: number): number => Math.max(Math.ceil(seconds), G.etlMinimumBilledSeconds.value);

/** One Glue job run: DPU-hours with the per-run minimum of Glue 2.0+ (billed per second). */
export function glueRunUsd(dpus: number, seconds: number, flex = false): number {
  return dpus * (glueBilledSeconds(seconds) / 3_600) * (flex ? G.flexDpuHour : G.etlDpuHour).value;
}

/** Bytes billed for one Athena query: scanned bytes rounded up to a MB, at least 10 MB. */
export const athenaBilledBytes = (bytesScanned: number): number => Math.max(ATHENA_MIN_MIB, Math.ceil(bytesScanned / MIB)) * MIB;

/** USD for `billedBytes` scanned by Athena (per TB, MB taken as MiB). */
export const athenaScanUsd = (billedBytes: number): number => (billedBytes / TIB) * ATHENA_PRICES.perTiBScanned.value;

/** Athena queries: bytes scanned per query rounded up to a MB, at least 10 MB each. */
export function athenaQueriesUsd(queries: number, bytesPerQuery: number): number {
  return athenaScanUsd(queries * athenaBilledBytes(bytesPerQuery));
}

/** Lambda: requests + GB-seconds (x86, first tier), duration billed per 1 ms. */
export function lambdaUsd(invocations: number, memoryMiB: number, durationMs: number): number {
  const gbSeconds = invocations * (memoryMiB / 1_024) * (Math.ceil(durationMs) / 1_000);
  return (invocations / 1e6) * LAMBDA_PRICES.requestsPerMillion.value + gbSeconds * LAMBDA_PRICES.gbSecondX86.value;
}

/** Step Functions Standard: state transitions (the monthly free 4,000 are not deducted). */
export function standardTransitionsUsd(transitions: number): number {
  return (transitions / 1_000) * S.standardPerThousandTransitions.value;
}

/**
 * Athena: the billed bytes of the queries the run made (behaviours/athena.ts), kept up for 730 h.
 * The monthly figure keeps the run's scan per query: a bucket growing over the month scans more.
 */
export const athenaCost: CostModel<'athena'> = ({ stats, runSeconds }) => {
  const queries = stats.metered?.queries ?? 0;
  const billed = stats.metered?.billedBytesScanned ?? 0;
  return usageCost(athenaScanUsd(billed), runSeconds, [`${queries} queries billed for ${billed} bytes scanned; the monthly figure does not project the data's growth`]);
};

/** DynamoDB: provisioned capacity-hours, or on-demand writes (1 WRU per started KB written). */
export const dynamodbCost: CostModel<'dynamodb-table'> = ({ config, stats, runSeconds }) => {
  const notes = ['storage, reads and streams are not priced'];
  if (config.capacity.mode === 'provisioned') {
    return hourlyCost(config.capacity.writeCapacityUnits * D.writeCapacityUnitHour.value + config.capacity.readCapacityUnits * D.readCapacityUnitHour.value, runSeconds, notes);
  }
  const wru = roundedBytes(stats.recordsIn, stats.bytesIn, 1_024) / 1_024;
  return usageCost((wru / 1e6) * D.onDemandWriteRequestUnitsPerMillion.value, runSeconds, notes);
};

/** DataSync Basic mode: GB copied (what reached the node). */
export const datasyncCost: CostModel<'datasync'> = ({ config, stats, runSeconds }) =>
  config.taskMode === 'BASIC' ? usageCost((stats.bytesIn / GIB) * DATASYNC_PRICES.basicPerGiBCopied.value, runSeconds) : unknownCost('DataSync Enhanced mode is not priced in the reference table');

/** Glue job: the billed DPU-seconds its runs recorded (per-run minimum applied by glueBilledSeconds). */
export const glueJobCost: CostModel<'glue-etl-job'> = ({ config, stats, runSeconds }) => {
  if (!stats.usage) return unknownCost('the job recorded no runs');
  const price = config.executionClass === 'FLEX' ? G.flexDpuHour : G.etlDpuHour;
  return usageCost((stats.usage.billedDpuSeconds / 3_600) * price.value, runSeconds, [`${stats.usage.runs} runs, ${stats.usage.billedDpuSeconds / 3_600} billed DPU-hours`]);
};

/** Step Functions: Standard by state transitions, Express by requests (its duration charge is not in the reference table). */
export const stepFunctionsCost: CostModel<'step-functions'> = ({ config, stats, runSeconds }) => {
  if (!stats.usage || stats.usage.executions === 0) return unknownCost('no executions were started in the run');
  if (config.workflow.type === 'STANDARD') return usageCost(standardTransitionsUsd(stats.usage.stateTransitions), runSeconds, ['the 4,000 free transitions a month are not deducted']);
  return usageCost((stats.usage.executions / 1e6) * S.expressRequestsPerMillion.value, runSeconds, ['Express duration (GB-s) is not priced in the reference table']);
};

/** Lambda: the run's invocations, each lasting the batch duration at the function's memory (requests + GB-s, free tier not deducted). */
export const lambdaCost: CostModel<'lambda'> = ({ config, stats, runSeconds }) => {
  const invocations = stats.metered?.invocations ?? 0;
  const gbSeconds = invocations * (config.memoryMiB / 1_024) * config.batchDurationSeconds;
  return usageCost(lambdaUsd(invocations, config.memoryMiB, config.batchDurationSeconds * 1_000), runSeconds, [`${invocations} invocations, ${gbSeconds.toFixed(1)} GB-s; the monthly free tier is not deducted`]);
};
