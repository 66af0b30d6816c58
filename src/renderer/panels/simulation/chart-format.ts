import { formatBytes, formatCount, formatSeconds } from '../format';
import type { ChartUnit } from './node-charts';

const small = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 2 });
const usdWhole = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

/** US dollars: cents below $1,000, whole dollars above. */
export const formatUsd = (value: number) => (Math.abs(value) < 1_000 ? usd : usdWhole).format(value);

/** A chart value in its unit: `12.5/s`, `1.2 M`, `4m 10s`, `87 %`; a dash for a gap. */
export function formatChartValue(unit: ChartUnit, value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  switch (unit) {
    case 'per-second':
      return `${Math.abs(value) < 100 ? small.format(value) : formatCount(value)}/s`;
    case 'records':
      return Math.abs(value) < 100 ? small.format(value) : formatCount(value);
    case 'seconds':
      return formatSeconds(value);
    case 'percent':
      return `${Math.round(value)} %`;
    case 'bytes':
      return formatBytes(value);
    case 'usd':
      return formatUsd(value);
  }
}
