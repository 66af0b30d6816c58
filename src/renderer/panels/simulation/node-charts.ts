import type { SimulationResult } from '../../../shared/model/simulation-result';

/** Colour roles of chart lines; the chart maps them to theme variables. */
export type Tone = 'in' | 'out' | 'throttled' | 'lost' | 'dropped' | 'level';
export type ChartUnit = 'per-second' | 'records' | 'seconds' | 'percent' | 'bytes' | 'usd';

export interface ChartLine {
  readonly label: string;
  readonly tone: Tone;
  readonly values: readonly (number | null)[];
  /** Plotted against a second axis on the right (a running total beside monthly figures). */
  readonly rightAxis?: boolean;
}

export interface ChartSpec {
  readonly id: string;
  readonly title: string;
  readonly unit: ChartUnit;
  readonly lines: readonly ChartLine[];
}

const perSecond = (values: readonly number[], bucketSeconds: number) => values.map((v) => v / bucketSeconds);

/**
 * The charts of one node over the run: record rates (in, out, throttled, dropped, lost per second of
 * each bucket), backlog, end-to-end latency when any was recorded, and, where the kind has them, utilisation (percent of
 * its binding limit) and iterator age (streams). Empty when the run has no series for the node.
 */
export function nodeCharts(result: SimulationResult, nodeId: string): ChartSpec[] {
  const s = result.series.nodes[nodeId];
  if (!s) return [];
  const size = result.series.bucketSeconds;
  const charts: ChartSpec[] = [
    {
      id: 'records',
      title: 'Records per second',
      unit: 'per-second',
      lines: [
        { label: 'In', tone: 'in', values: perSecond(s.recordsIn, size) },
        { label: 'Out', tone: 'out', values: perSecond(s.recordsOut, size) },
        { label: 'Throttled', tone: 'throttled', values: perSecond(s.throttled, size) },
        { label: 'Dropped', tone: 'dropped', values: perSecond(s.dropped, size) },
        { label: 'Lost', tone: 'lost', values: perSecond(s.lost, size) },
      ],
    },
    { id: 'backlog', title: 'Backlog (records held)', unit: 'records', lines: [{ label: 'Backlog', tone: 'level', values: s.backlog }] },
  ];
  // Nodes that record no arrival latency (none reached them, or their kind does not) get no empty chart.
  if (s.latencySeconds.some((v) => v !== null)) {
    charts.push({ id: 'latency', title: 'End-to-end latency (mean of arrivals)', unit: 'seconds', lines: [{ label: 'Latency', tone: 'out', values: s.latencySeconds }] });
  }
  if (s.utilization) {
    charts.push({ id: 'utilization', title: 'Utilisation of its limit', unit: 'percent', lines: [{ label: 'Utilisation', tone: 'throttled', values: s.utilization.map((u) => u * 100) }] });
  }
  if (s.iteratorAgeSeconds) {
    charts.push({ id: 'iterator-age', title: 'Iterator age (oldest record read)', unit: 'seconds', lines: [{ label: 'Iterator age', tone: 'level', values: s.iteratorAgeSeconds }] });
  }
  return charts;
}
