import type { SimulationResult } from '../../../shared/model/simulation-result';

/** Which moment the canvas shows: one bucket of the run, or the peak of each element over the run. */
export type Moment = number | 'peak';

/** Load shares (0–1, may exceed 1) per node id and per edge id; elements without a modelled limit are absent. */
export interface CanvasLoads {
  readonly nodes: ReadonlyMap<string, number>;
  readonly edges: ReadonlyMap<string, number>;
}

const peakOf = (values: readonly number[]) => values.reduce((max, v) => Math.max(max, v), 0);
const at = (values: readonly number[], moment: Moment) => (moment === 'peak' ? peakOf(values) : (values[moment] ?? 0));

/**
 * The load the canvas draws at a moment.
 * - A node: its utilisation, the share of its binding limit (write capacity of the hottest shard,
 *   Direct PUT quota, Lambda concurrency, IoT publish quota) in the bucket.
 * - A data connection: the load of the node it feeds, i.e. the target's utilisation. A connection
 *   carries what its target is asked to take, and it is the target's limit that throttles it; the
 *   result has no limit per connection. Connections into a node without a modelled limit, and
 *   control or metadata connections (no series), get no bar.
 * Shares are rounded to whole percent so that a scrubber move re-renders only what visibly changed.
 */
export function loadsAt(result: SimulationResult, edgeTargets: ReadonlyMap<string, string>, moment: Moment): CanvasLoads {
  const nodes = new Map<string, number>();
  for (const [id, series] of Object.entries(result.series.nodes)) {
    if (series.utilization) nodes.set(id, Math.round(at(series.utilization, moment) * 100) / 100);
  }
  const edges = new Map<string, number>();
  for (const edgeId of Object.keys(result.series.edges ?? {})) {
    const target = edgeTargets.get(edgeId);
    const load = target === undefined ? undefined : nodes.get(target);
    if (load !== undefined) edges.set(edgeId, load);
  }
  return { nodes, edges };
}
