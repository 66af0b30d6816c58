import { S3_LIMITS_TABLE as L } from '../../../shared/catalog/limits/s3';
import { S3_STORAGE_PRICES, S3_TRANSITION_PRICES } from '../../../shared/catalog/prices/s3';
import { DAYS_PER_MONTH, GIB } from '../../../shared/catalog/prices/units';
import type { LifecycleRule, StorageClass } from '../../../shared/catalog/s3-lifecycle';

/**
 * Where one day's ingest lives as it ages: a run of (class, from day, to day) segments, ages
 * counted in whole days after creation (a transition "after 30 days" moves it on day 30; an
 * expiry after E days means it is stored on days 0..E-1). Lifecycle runs once a day in AWS, so
 * the daily grid is its natural resolution.
 */
export interface Segment {
  readonly storageClass: StorageClass;
  readonly fromDay: number;
  /** Exclusive; Infinity when the object is never expired. */
  readonly toDay: number;
}

export interface LifecyclePlan {
  readonly segments: readonly Segment[];
  readonly notes: readonly string[];
}

/** Minimum billed days of a class (S3 user guide storage-class-intro, via limits/s3.ts). */
export function minimumDays(storageClass: StorageClass): number {
  if (storageClass === 'Standard-IA' || storageClass === 'One Zone-IA') return L.minStorageDaysInfrequentAccess.value;
  if (storageClass === 'Glacier Instant Retrieval' || storageClass === 'Glacier Flexible Retrieval') return L.minStorageDaysGlacier.value;
  if (storageClass === 'Deep Archive') return L.minStorageDaysDeepArchive.value;
  return 0;
}

/**
 * The lifecycle every object follows. Rules filtered by prefix or tags are skipped (the model does
 * not know object keys or tags; noted); several unfiltered rules are merged: transitions in day
 * order and the earliest expiration (S3 lets expiration win over transitions).
 */
export function lifecyclePlan(startClass: StorageClass, rules: readonly LifecycleRule[]): LifecyclePlan {
  const notes: string[] = [];
  const applied = rules.filter((r) => r.enabled && r.prefix === '' && r.tags.length === 0);
  if (applied.length < rules.filter((r) => r.enabled).length) notes.push('lifecycle rules filtered by prefix or tags are not applied to the cost (object keys and tags are not modelled)');
  const expiry = Math.min(...applied.map((r) => r.expirationDays ?? Infinity));
  const transitions = applied.flatMap((r) => r.transitions).filter((t) => t.days < expiry).sort((a, b) => a.days - b.days);
  const segments: Segment[] = [];
  let current: Segment = { storageClass: startClass, fromDay: 0, toDay: expiry };
  for (const t of transitions) {
    if (t.storageClass === current.storageClass) continue;
    if (t.days === current.fromDay) current = { ...current, storageClass: t.storageClass };
    else {
      segments.push({ ...current, toDay: t.days });
      current = { storageClass: t.storageClass, fromDay: t.days, toDay: expiry };
    }
  }
  segments.push(current);
  return { segments, notes };
}

/** USD per GB-day of a class (the month is 730 h = 30.42 days). */
const perGiBDay = (c: StorageClass) => S3_STORAGE_PRICES[c].value / DAYS_PER_MONTH;

/**
 * Early-deletion charges of one cohort: a segment left (by transition or expiry) before its class's
 * minimum duration is billed for the remaining days at that class's storage rate, counted from the
 * day the object entered the class (S3 user guide, storage-class-intro).
 */
export function earlyDeletionUsd(plan: LifecyclePlan, bytes: number): number {
  let usd = 0;
  for (const s of plan.segments) {
    const stored = s.toDay - s.fromDay;
    const short = minimumDays(s.storageClass) - stored;
    if (Number.isFinite(s.toDay) && short > 0) usd += (bytes / GIB) * short * perGiBDay(s.storageClass);
  }
  return usd;
}

export interface DailyStorage {
  /** Bytes held per class at the end of each day (index = day since the pipeline started). */
  readonly bytesByClass: Partial<Record<StorageClass, Float64Array>>;
  /** USD accrued each day: storage, early deletion and transition requests. */
  readonly usdPerDay: Float64Array;
  readonly notes: readonly string[];
}

/**
 * Storage over `days` days when `bytesPerDay` in `objectsPerDay` objects arrive every day and
 * follow `plan`. Each day's ingest is counted as stored for the whole of its first day, which
 * overstates storage by at most half a day of ingest per class. O(days).
 */
export function dailyStorage(plan: LifecyclePlan, bytesPerDay: number, objectsPerDay: number, days: number): DailyStorage {
  const notes = [...plan.notes];
  const bytesByClass: Partial<Record<StorageClass, Float64Array>> = {};
  const usdPerDay = new Float64Array(days);
  const earlyPerCohort = earlyDeletionUsd(plan, bytesPerDay);
  for (const s of plan.segments) {
    const series = (bytesByClass[s.storageClass] ??= new Float64Array(days));
    for (let day = 0; day < days; day++) {
      // Cohorts of age fromDay..min(day, toDay-1) are in this segment today.
      const cohorts = Math.max(0, Math.min(day, s.toDay - 1) - s.fromDay + 1);
      series[day]! += cohorts * bytesPerDay;
      usdPerDay[day]! += ((cohorts * bytesPerDay) / GIB) * perGiBDay(s.storageClass);
    }
    if (s.fromDay > 0) {
      const price = S3_TRANSITION_PRICES[s.storageClass];
      if (!price) notes.push(`transition requests to ${s.storageClass} are not priced (not verified in the reference table)`);
      else for (let day = s.fromDay; day < days; day++) usdPerDay[day]! += (objectsPerDay / 1_000) * price.value;
    }
  }
  // A cohort pays its early-deletion charge on the day it leaves a short segment.
  for (const s of plan.segments) {
    if (!Number.isFinite(s.toDay) || s.toDay - s.fromDay >= minimumDays(s.storageClass)) continue;
    const share = earlyDeletionUsd({ segments: [s], notes: [] }, bytesPerDay);
    for (let day = s.toDay; day < days; day++) usdPerDay[day]! += share;
  }
  if (earlyPerCohort > 0) notes.push('objects leave a storage class before its minimum duration: early-deletion charges apply');
  return { bytesByClass, usdPerDay, notes };
}
