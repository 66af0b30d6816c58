import { describe, expect, it } from 'vitest';
import type { CostProjection } from '../../../shared/model/cost-projection';
import { costChart, keyMonths, projectionDays, projectionMonths, storageChart } from './projection-charts';

const projection: CostProjection = {
  months: 2,
  days: 3,
  storage: { a: { Standard: [10, 20, 30], 'Standard-IA': [0, 0, 0] }, b: { Standard: [1, 2, 3], 'Deep Archive': [0, 5, 5] } },
  monthlyUsd: [4, 5],
  cumulativeUsd: [4, 9],
  notes: [],
};

describe('projection charts', () => {
  it('plot cost per month and its running total over months 1..N', () => {
    expect(projectionMonths(projection)).toEqual([1, 2]);
    expect(costChart(projection).lines.map((l) => l.values)).toEqual([
      [4, 5],
      [4, 9],
    ]);
  });

  it('add up the buckets per storage class, day by day, leaving out classes that stay empty', () => {
    expect(projectionDays(projection)).toEqual([1, 2, 3]);
    const lines = storageChart(projection).lines;
    expect(lines.map((l) => l.label)).toEqual(['Standard', 'Deep Archive']);
    expect(lines[0]!.values).toEqual([11, 22, 33]);
    expect(lines[1]!.values).toEqual([0, 5, 5]);
  });

  it('list key months up to the horizon', () => {
    expect(keyMonths(1)).toEqual([1]);
    expect(keyMonths(12)).toEqual([1, 3, 6, 12]);
    expect(keyMonths(30)).toEqual([1, 3, 6, 12, 24, 30]);
  });
});
