import { useMemo, type ReactNode } from 'react';
import type { SimulationResult } from '../../../shared/model/simulation-result';
import { formatCount, formatSeconds } from '../format';
import { formatUsd } from './chart-format';
import { compareRuns, verdict, type Delta, type Figure } from './compare';
import { formatShare } from './load-level';

type Format = (n: number) => string;

const FIGURES: readonly { figure: Figure; title: string; format: Format }[] = [
  { figure: 'throughputPerSecond', title: 'Delivered records/s', format: (n) => formatCount(Math.round(n)) },
  { figure: 'throttled', title: 'Throttled', format: formatCount },
  { figure: 'dropped', title: 'Dropped', format: formatCount },
  { figure: 'lost', title: 'Lost', format: formatCount },
  { figure: 'latencyP95', title: 'End-to-end p95 (worst path)', format: formatSeconds },
  { figure: 'latencyMax', title: 'End-to-end max', format: formatSeconds },
  { figure: 'monthlyUsd', title: 'Cost per month', format: formatUsd },
];

const value = (n: number | null, format: Format) => (n === null ? <span className="muted">—</span> : format(n));

function Change({ d, format, tone }: { d: Delta; format: Format; tone: 'better' | 'worse' | 'same' }): ReactNode {
  if (d.delta === null) return <span className="muted">—</span>;
  if (tone === 'same') return <span className="muted">no change</span>;
  return <span className={`sim-delta sim-delta--${tone}`}>{`${d.delta > 0 ? '+' : '−'}${format(Math.abs(d.delta))}`}</span>;
}

/** Cells A → B for a per-node figure, the change marked when there is one. */
function Pair({ d, format }: { d: Delta; format: Format }) {
  const changed = d.delta !== null && Math.abs(d.delta) > 1e-9;
  return (
    <td className={changed ? 'sim-changed' : undefined}>
      {value(d.a, format)}
      <span className="muted"> → </span>
      {value(d.b, format)}
    </td>
  );
}

/** The pinned run (A) beside the latest (B): headline figures with B − A, then per node. */
export function CompareView({ a, b, label }: { a: SimulationResult; b: SimulationResult; label: (nodeId: string) => string }) {
  const comparison = useMemo(() => compareRuns(a, b), [a, b]);
  return (
    <div className="sim-compare" data-testid="sim-compare">
      <table className="sim-mini-table sim-compare__figures" data-testid="sim-compare-figures">
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">A (pinned)</th>
            <th scope="col">B (latest)</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {FIGURES.map(({ figure, title, format }) => {
            const d = comparison.figures[figure];
            const tone = verdict(figure, d);
            return (
              <tr key={figure} data-testid={`sim-compare-${figure}`} data-a={d.a ?? ''} data-b={d.b ?? ''} data-verdict={tone}>
                <th scope="row">{title}</th>
                <td>{value(d.a, format)}</td>
                <td>{value(d.b, format)}</td>
                <td>
                  <Change d={d} format={format} tone={tone} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <table className="sim-mini-table" data-testid="sim-compare-nodes">
        <thead>
          <tr>
            <th scope="col">Node (A → B)</th>
            <th scope="col">Out</th>
            <th scope="col">Throttled</th>
            <th scope="col">Lost</th>
            <th scope="col">Peak utilisation</th>
            <th scope="col">Per month</th>
          </tr>
        </thead>
        <tbody>
          {comparison.nodes.map((n) => (
            <tr key={n.nodeId} data-testid={`sim-compare-node-${n.nodeId}`}>
              <th scope="row">
                {label(n.nodeId)}
                {n.only && <span className="sim-sub">{n.only === 'a' ? 'only in A' : 'only in B'}</span>}
              </th>
              <Pair d={n.recordsOut} format={formatCount} />
              <Pair d={n.throttled} format={formatCount} />
              <Pair d={n.lost} format={formatCount} />
              <Pair d={n.utilizationMax} format={formatShare} />
              <Pair d={n.usdPerMonth} format={formatUsd} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
