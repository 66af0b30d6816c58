/** Human units for the simulation results. */
const nf = (digits: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: digits });

export function formatCount(n: number): string {
  if (Math.abs(n) >= 1e9) return `${nf(2).format(n / 1e9)} G`;
  if (Math.abs(n) >= 1e6) return `${nf(2).format(n / 1e6)} M`;
  return nf(0).format(n);
}

/** Bytes in binary units. Example: `1536` gives `1.5 KiB`. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${nf(unit === 0 ? 0 : value >= 100 ? 0 : value >= 10 ? 1 : 2).format(value)} ${units[unit]}`;
}

/** Durations. Example: `0.0042` gives `4.2 ms`, `75` gives `1m 15s`, `7200` gives `2h`, `453600` gives `5d 6h`. */
export function formatSeconds(seconds: number): string {
  const s = Math.abs(seconds);
  if (s === 0) return '0 s';
  if (s < 1) return `${nf(s < 0.01 ? 2 : 1).format(seconds * 1000)} ms`;
  if (s < 60) return `${nf(s < 10 ? 2 : 1).format(seconds)} s`;
  const whole = Math.round(s);
  if (whole < 3600) {
    const m = Math.floor(whole / 60);
    const rest = whole - m * 60;
    return rest ? `${m}m ${rest}s` : `${m}m`;
  }
  if (whole < 86_400) {
    const minutes = Math.round(whole / 60);
    const [h, m] = [Math.floor(minutes / 60), minutes % 60];
    return m ? `${h}h ${m}m` : `${h}h`;
  }
  const hours = Math.round(whole / 3600);
  const [d, h] = [Math.floor(hours / 24), hours % 24];
  return h ? `${d}d ${h}h` : `${d}d`;
}
