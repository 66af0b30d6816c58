import type { Pipeline } from '../../shared/model/pipeline';

/** The first `${prefix}-${n}` (n ≥ 1) not in `taken`. Example: `firehose-1`, then `firehose-2`. */
export function nextId(prefix: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) if (!taken.has(`${prefix}-${n}`)) return `${prefix}-${n}`;
}

/** `base`, or `base 2`, `base 3`, … whichever no node has yet. */
export function nextLabel(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base} ${n}`)) return `${base} ${n}`;
}

/** Every id in the pipeline: node and edge ids share one space (PW101). */
export const allIds = (pipeline: Pipeline): Set<string> => new Set([...pipeline.nodes.map((n) => n.id), ...pipeline.edges.map((e) => e.id)]);
