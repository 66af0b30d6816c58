export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Prints one figure with its target and baseline; returns whether it met the target. */
export function report(name: string, ms: number, options: { target?: number; baseline?: { label: string; ms: number } } = {}): boolean {
  const parts = [`${name}: median ${ms.toFixed(2)} ms`];
  if (options.baseline) parts.push(`(${(ms / options.baseline.ms).toFixed(2)}× ${options.baseline.label} ${options.baseline.ms.toFixed(2)} ms)`);
  const met = options.target === undefined || ms <= options.target;
  if (options.target !== undefined) parts.push(`target ≤ ${options.target} ms: ${met ? 'met' : 'MISSED'}`);
  console.log(parts.join('  '));
  return met;
}
