import { describe, expect, it } from 'vitest';
import { formatChartValue, formatUsd } from './chart-format';

describe('chart values', () => {
  it('are written in their unit, a gap as a dash', () => {
    expect(formatChartValue('per-second', 12.345)).toBe('12.35/s');
    expect(formatChartValue('per-second', 2_500_000)).toBe('2.5 M/s');
    expect(formatChartValue('percent', 87.4)).toBe('87 %');
    expect(formatChartValue('seconds', 250)).toBe('4m 10s');
    expect(formatChartValue('bytes', 1536)).toBe('1.5 KiB');
    expect(formatChartValue('records', null)).toBe('—');
  });

  it('write dollars with cents below $1,000 and whole above', () => {
    expect(formatUsd(36.304)).toBe('$36.30');
    expect(formatUsd(12_345.6)).toBe('$12,346');
  });
});
