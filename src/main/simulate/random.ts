/**
 * Seeded pseudo-random numbers for the simulator. The engine never calls Math.random: every
 * draw comes from a generator built from the run's seed, so one seed always gives one result.
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Standard normal (mean 0, standard deviation 1). */
  normal(): number;
}

/** mulberry32: a tiny 32-bit generator, good enough for workloads and much faster than crypto. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  // Box-Muller; the second value of each pair is discarded to keep the state simple.
  const normal = (): number => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  return { next, normal };
}

/** FNV-1a hash of a string, to give each node its own stream derived from the run seed. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Above this many draws a sum or a count is approximated by a normal (central limit theorem). */
export const EXACT_DRAW_LIMIT = 64;

/**
 * Sum of `count` record sizes drawn uniformly in [low, high], each rounded to whole bytes.
 * Small cohorts draw every record; large ones draw the sum from its normal approximation
 * (mean count·(low+high)/2, variance count·(high−low)²/12), clamped to the possible range.
 */
export function sumOfUniformSizes(random: Random, count: number, low: number, high: number): number {
  if (low === high) return count * Math.round(low);
  if (count <= EXACT_DRAW_LIMIT) {
    let sum = 0;
    for (let i = 0; i < count; i++) sum += Math.round(low + (high - low) * random.next());
    return sum;
  }
  const mean = (count * (low + high)) / 2;
  const sd = (Math.sqrt(count) * (high - low)) / Math.sqrt(12);
  return Math.round(Math.min(count * high, Math.max(count * low, mean + sd * random.normal())));
}

/** How many of `count` independent trials succeed with probability `p` (normal approximation when large). */
export function binomial(random: Random, count: number, p: number): number {
  if (p <= 0) return 0;
  if (p >= 1) return count;
  if (count <= EXACT_DRAW_LIMIT) {
    let hits = 0;
    for (let i = 0; i < count; i++) if (random.next() < p) hits++;
    return hits;
  }
  const draw = count * p + Math.sqrt(count * p * (1 - p)) * random.normal();
  return Math.min(count, Math.max(0, Math.round(draw)));
}
