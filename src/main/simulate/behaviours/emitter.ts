import type { LoadProfile } from '../../../shared/catalog/workload';
import { describeLoadProfile, integratedMultiplier, lowestMultiplier, multiplierAt } from '../load-profile';
import { EXACT_DRAW_LIMIT, sumOfUniformSizes } from '../random';
import type { Cohort, NodeContext } from './types';
import { refuse } from './types';

/**
 * With a varying load profile, a slow source still looks at its rate at least this often, so
 * a quiet trough (rate near 0) cannot hide the following rise inside one long step.
 */
const MAX_VARIABLE_STEP_SECONDS = 60;

/** floor() that forgives float error just below an integer (10 × 0.3 = 2.9999999999999996). */
function wholeRecords(expected: number): number {
  return Math.floor(expected + 1e-9 * Math.max(1, expected));
}

/** A source's workload: mean rate and record size, with sizes uniform within ± spread %. */
export interface Workload {
  readonly recordsPerSecond: number;
  readonly recordSizeBytes: number;
  readonly recordSizeSpreadPercent: number;
  readonly loadProfile: LoadProfile;
  /** Independent senders behind the rate (devices, connections): partition keys for a stream. */
  readonly sources?: number;
}

/**
 * A source (shared by every source kind). Every `dt = max(1/rate, resolution)` seconds it emits
 * one cohort holding the records due over [t, t + dt): the floor of rate × ∫multiplier minus
 * what was already sent, so fractions carry over and totals are exact. Each target receives
 * every record (one PUT stream per target): the source's recordsIn counts those copies, so that
 * recordsIn = recordsOut. With no target its records are counted in and dropped. The run's load
 * profile, when the simulation settings have one, replaces the source's own.
 */
export function createSource(ctx: NodeContext, workload: Workload, what = 'a source') {
  const { recordsPerSecond: rate, recordSizeBytes: size, recordSizeSpreadPercent: spread, sources } = workload;
  const { durationSeconds: duration, resolutionSeconds: resolution, loadProfile: runProfile } = ctx.settings;
  const loadProfile = runProfile ?? workload.loadProfile;
  if (runProfile) ctx.note(`Load profile for this run: ${describeLoadProfile(runProfile)}, overriding the sources' own.`);
  const low = size * (1 - spread / 100);
  const high = size * (1 + spread / 100);
  const minRecordBytes = Math.round(low);
  const maxRecordBytes = Math.round(high);
  const varies = loadProfile.shape !== 'constant';
  let emitted = 0;
  let approximated = false;
  // Times are segmentStart + k·step rather than a running sum, so 3000 steps of 0.1 s end at 300 exactly.
  let segmentStart = 0;
  let segmentStep = Number.NaN;
  let stepsInSegment = 0;

  // When even the lowest rate of the profile has a record every step (with a margin far above
  // float error), every step is one resolution step: the rate need not be evaluated each time.
  const alwaysFull = rate * lowestMultiplier(loadProfile) * (1 - 1e-9) * resolution > 1;
  const stepAt = (t: number): number => {
    if (alwaysFull) return resolution;
    const current = rate * multiplierAt(loadProfile, t);
    const step = current > 0 ? Math.max(1 / current, resolution) : Infinity;
    return varies ? Math.min(step, Math.max(resolution, MAX_VARIABLE_STEP_SECONDS)) : step;
  };

  const send = (t: number, records: number): void => {
    const bytes = sumOfUniformSizes(ctx.random, records, low, high);
    if (records > EXACT_DRAW_LIMIT && low !== high && !approximated) {
      approximated = true;
      ctx.note(`${ctx.label}: in cohorts over ${EXACT_DRAW_LIMIT} records, the total size is drawn at once from its normal approximation rather than record by record.`);
    }
    // Fields in partOfCohort's order: one object shape for every cohort on the hot paths.
    const cohort: Cohort = { kind: 'records', records, bytes, producedAt: t, minRecordBytes, maxRecordBytes, sources, polled: undefined, origin: ctx.nodeId };
    if (ctx.targets.length === 0) {
      ctx.stats.received(t, records, bytes);
      ctx.stats.recordsDropped += records;
      ctx.note(`${ctx.label}: not connected to anything; its records are counted as dropped.`);
      return;
    }
    for (const target of ctx.targets) {
      ctx.stats.received(t, records, bytes);
      ctx.stats.sent(t, records, bytes);
      ctx.deliver(target, cohort);
    }
  };

  const emit = (): void => {
    const t = ctx.now();
    const step = stepAt(t);
    if (step !== segmentStep) {
      segmentStart = t;
      segmentStep = step;
      stepsInSegment = 0;
    }
    stepsInSegment++;
    const next = Math.min(segmentStart + stepsInSegment * step, duration);
    const due = Math.max(emitted, wholeRecords(rate * integratedMultiplier(loadProfile, next)));
    const records = due - emitted;
    emitted = due;
    if (records > 0) send(t, records);
    if (next < duration) ctx.schedule(next, emit);
  };

  return {
    start: () => {
      if (rate > 0) ctx.schedule(0, emit);
    },
    receive: (delivery: Parameters<typeof refuse>[1]) => refuse(ctx, delivery, `input (${what} is a source)`),
  };
}
