import type { SimulationResult } from '../../../shared/model/simulation-result';

export interface PathSummary {
  readonly sourceId: string;
  readonly sinkId: string;
  readonly records: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
}

export interface CostLine {
  readonly nodeId: string;
  /** USD per month; null when the kind cannot be priced. */
  readonly usdPerMonth: number | null;
  /** Share of the priced total (0–1); 0 for unpriced nodes. */
  readonly share: number;
}

/** The headline figures of a run, as the summary and the comparison show them. */
export interface RunSummary {
  /** Records that reached a sink (a node with no data target), every source → sink path added up. */
  readonly delivered: number;
  /** Delivered records per second of production time. */
  readonly throughputPerSecond: number;
  readonly throttled: number;
  readonly dropped: number;
  readonly lost: number;
  /** Worst p95 and max end-to-end latency over the paths; null when nothing reached a sink. */
  readonly latencyP95: number | null;
  readonly latencyMax: number | null;
  readonly paths: readonly PathSummary[];
  /** USD per month in total (priced nodes only), or null when the run was not priced. */
  readonly monthlyUsd: number | null;
  /** Per node, most expensive first, unpriced nodes last. */
  readonly cost: readonly CostLine[];
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

export function summarize(result: SimulationResult): RunSummary {
  const paths: PathSummary[] = (result.paths ?? []).map((p) => ({
    sourceId: p.sourceId,
    sinkId: p.sinkId,
    records: p.records,
    p50: p.latencySeconds.p50,
    p95: p.latencySeconds.p95,
    max: p.latencySeconds.max,
  }));
  const delivered = sum(paths.map((p) => p.records));
  const monthly = result.costUsdPerMonth;
  const cost: CostLine[] = monthly
    ? Object.entries(monthly.byNode)
        .map(([nodeId, usd]) => ({ nodeId, usdPerMonth: usd, share: usd !== null && monthly.total > 0 ? usd / monthly.total : 0 }))
        .sort((a, b) => (b.usdPerMonth ?? -1) - (a.usdPerMonth ?? -1) || a.nodeId.localeCompare(b.nodeId))
    : [];
  return {
    delivered,
    throughputPerSecond: result.durationSeconds > 0 ? delivered / result.durationSeconds : 0,
    throttled: sum(result.nodes.map((n) => n.recordsThrottled)),
    dropped: sum(result.nodes.map((n) => n.recordsDropped)),
    lost: sum(result.nodes.map((n) => n.recordsLost)),
    latencyP95: paths.length ? Math.max(...paths.map((p) => p.p95)) : null,
    latencyMax: paths.length ? Math.max(...paths.map((p) => p.max)) : null,
    paths,
    monthlyUsd: monthly ? monthly.total : null,
    cost,
  };
}
