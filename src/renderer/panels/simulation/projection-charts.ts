import { STORAGE_CLASSES, type StorageClass } from '../../../shared/catalog/s3-lifecycle';
import type { CostProjection } from '../../../shared/model/cost-projection';
import type { ChartSpec, Tone } from './node-charts';

const CLASS_TONE: Record<StorageClass, Tone> = {
  Standard: 'out',
  'Intelligent-Tiering': 'in',
  'Standard-IA': 'level',
  'One Zone-IA': 'in',
  'Glacier Instant Retrieval': 'dropped',
  'Glacier Flexible Retrieval': 'throttled',
  'Deep Archive': 'lost',
};

/** Months 1..N, the x axis of the cost chart. */
export const projectionMonths = (p: CostProjection) => p.monthlyUsd.map((_, i) => i + 1);
/** Days 1..D, the x axis of the storage chart. */
export const projectionDays = (p: CostProjection) => Array.from({ length: p.days }, (_, i) => i + 1);

export function costChart(p: CostProjection): ChartSpec {
  return {
    id: 'projection-cost',
    title: 'Cost per month (left) and running total (right)',
    unit: 'usd',
    lines: [
      { label: 'Per month', tone: 'out', values: p.monthlyUsd },
      { label: 'Running total', tone: 'level', values: p.cumulativeUsd, rightAxis: true },
    ],
  };
}

/** Bytes stored at the end of each day, per storage class, all buckets added up; classes never used are left out. */
export function storageChart(p: CostProjection): ChartSpec {
  const lines = STORAGE_CLASSES.flatMap((storageClass) => {
    const perBucket = Object.values(p.storage)
      .map((byClass) => byClass[storageClass])
      .filter((series): series is number[] => series !== undefined);
    if (perBucket.length === 0) return [];
    const values = Array.from({ length: p.days }, (_, day) => perBucket.reduce((sum, series) => sum + (series[day] ?? 0), 0));
    return values.some((v) => v > 0) ? [{ label: storageClass, tone: CLASS_TONE[storageClass], values }] : [];
  });
  return { id: 'projection-storage', title: 'Stored in S3, by storage class', unit: 'bytes', lines };
}

/** The months the table lists: 1, 3, 6, 12, 24, 36 up to the horizon, and the horizon itself. */
export function keyMonths(months: number): number[] {
  return [...new Set([1, 3, 6, 12, 24, 36].filter((m) => m < months).concat(months))];
}
