import type { SimulationResult } from '../../../shared/model/simulation-result';
import { summarize, type RunSummary } from './summary';

/** One figure of two runs: A (pinned), B (the latest) and B − A; null where a run has no value. */
export interface Delta {
  readonly a: number | null;
  readonly b: number | null;
  readonly delta: number | null;
}

export type Figure = 'throughputPerSecond' | 'throttled' | 'dropped' | 'lost' | 'latencyP95' | 'latencyMax' | 'monthlyUsd';

/** For each figure, whether a rise is good (throughput) or bad (everything else). */
export const HIGHER_IS_BETTER: Record<Figure, boolean> = {
  throughputPerSecond: true,
  throttled: false,
  dropped: false,
  lost: false,
  latencyP95: false,
  latencyMax: false,
  monthlyUsd: false,
};

export interface NodeDelta {
  readonly nodeId: string;
  /** The node is in only one of the runs. */
  readonly only?: 'a' | 'b';
  readonly recordsOut: Delta;
  readonly throttled: Delta;
  readonly lost: Delta;
  readonly utilizationMax: Delta;
  readonly usdPerMonth: Delta;
}

export interface Comparison {
  readonly figures: Record<Figure, Delta>;
  readonly nodes: readonly NodeDelta[];
}

const delta = (a: number | null | undefined, b: number | null | undefined): Delta => {
  const [x, y] = [a ?? null, b ?? null];
  return { a: x, b: y, delta: x !== null && y !== null ? y - x : null };
};

/** A vs B: the headline figures and, per node (in B's order, then nodes only A had), what changed. */
export function compareRuns(a: SimulationResult, b: SimulationResult): Comparison {
  const [sa, sb]: [RunSummary, RunSummary] = [summarize(a), summarize(b)];
  const figures = Object.fromEntries((Object.keys(HIGHER_IS_BETTER) as Figure[]).map((f) => [f, delta(sa[f], sb[f])])) as Record<Figure, Delta>;
  const statsA = new Map(a.nodes.map((n) => [n.nodeId, n]));
  const statsB = new Map(b.nodes.map((n) => [n.nodeId, n]));
  const ids = [...statsB.keys(), ...[...statsA.keys()].filter((id) => !statsB.has(id))];
  const nodes = ids.map((nodeId): NodeDelta => {
    const [x, y] = [statsA.get(nodeId), statsB.get(nodeId)];
    return {
      nodeId,
      ...(x && y ? {} : { only: x ? 'a' : 'b' }),
      recordsOut: delta(x?.recordsOut, y?.recordsOut),
      throttled: delta(x?.recordsThrottled, y?.recordsThrottled),
      lost: delta(x?.recordsLost, y?.recordsLost),
      utilizationMax: delta(x?.utilizationMax, y?.utilizationMax),
      usdPerMonth: delta(a.costUsdPerMonth?.byNode[nodeId], b.costUsdPerMonth?.byNode[nodeId]),
    };
  });
  return { figures, nodes };
}

/** Whether a change is for the better, the worse, or neither (no change or nothing to compare). */
export function verdict(figure: Figure, d: Delta): 'better' | 'worse' | 'same' {
  if (d.delta === null || Math.abs(d.delta) < 1e-9) return 'same';
  return d.delta > 0 === HIGHER_IS_BETTER[figure] ? 'better' : 'worse';
}
