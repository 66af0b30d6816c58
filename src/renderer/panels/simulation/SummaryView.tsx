import { useMemo, type ReactNode } from 'react';
import type { SimulationResult } from '../../../shared/model/simulation-result';
import { select } from '../../state/selection';
import { setMoment } from '../../state/sim-view';
import { formatCount, formatSeconds } from '../format';
import { formatUsd } from './chart-format';
import { summarize } from './summary';
import { bucketAt } from './timeline';

type Label = (nodeId: string) => string;

function Figure({ id, title, value, sub, tone }: { id: string; title: string; value: ReactNode; sub?: ReactNode; tone?: 'warn' | 'bad' }) {
  return (
    <div className={`sim-kpi${tone ? ` sim-kpi--${tone}` : ''}`} data-testid={`sim-kpi-${id}`}>
      <div className="sim-kpi__title">{title}</div>
      <div className="sim-kpi__value">{value}</div>
      {sub && <div className="sim-kpi__sub">{sub}</div>}
    </div>
  );
}

const showNode = (nodeId: string, t?: number, result?: SimulationResult) => {
  select({ nodeIds: [nodeId] });
  if (t !== undefined && result) setMoment(bucketAt(result, t));
};

/** The run at a glance: headline figures, latency per path, cost per node, bottlenecks and events. */
export function SummaryView({ result, label }: { result: SimulationResult; label: Label }) {
  const s = useMemo(() => summarize(result), [result]);
  const priced = s.cost.filter((c) => c.usdPerMonth !== null);
  const unpriced = s.cost.filter((c) => c.usdPerMonth === null);
  return (
    <div className="sim-summary" data-testid="sim-summary">
      <div className="sim-kpis">
        <Figure id="throughput" title="Delivered to sinks" value={formatCount(s.delivered)} sub={`${formatCount(Math.round(s.throughputPerSecond))} records/s`} />
        <Figure id="throttled" title="Throttled" value={formatCount(s.throttled)} tone={s.throttled > 0 ? 'warn' : undefined} sub="refused by a quota" />
        <Figure id="dropped" title="Dropped" value={formatCount(s.dropped)} tone={s.dropped > 0 ? 'warn' : undefined} sub="rejected outright" />
        <Figure id="lost" title="Lost" value={formatCount(s.lost)} tone={s.lost > 0 ? 'bad' : undefined} sub="expired unread" />
        <Figure id="latency" title="End-to-end p95" value={s.latencyP95 === null ? '—' : formatSeconds(s.latencyP95)} sub={s.latencyMax === null ? 'nothing reached a sink' : `max ${formatSeconds(s.latencyMax)}`} />
        <Figure id="cost" title="Per month" value={s.monthlyUsd === null ? '—' : formatUsd(s.monthlyUsd)} sub="us-east-1, 730 h" />
      </div>
      <div className="sim-summary__grid">
        <section className="sim-card">
          <h3>End-to-end latency per path</h3>
          {s.paths.length === 0 ? (
            <p className="muted">No record reached a sink.</p>
          ) : (
            <table className="sim-mini-table" data-testid="sim-paths">
              <thead>
                <tr>
                  <th scope="col">Path</th>
                  <th scope="col">Records</th>
                  <th scope="col">p50</th>
                  <th scope="col">p95</th>
                  <th scope="col">max</th>
                </tr>
              </thead>
              <tbody>
                {s.paths.map((p) => (
                  <tr key={`${p.sourceId} ${p.sinkId}`}>
                    <th scope="row">
                      {label(p.sourceId)} → {label(p.sinkId)}
                    </th>
                    <td>{formatCount(p.records)}</td>
                    <td>{formatSeconds(p.p50)}</td>
                    <td>{formatSeconds(p.p95)}</td>
                    <td>{formatSeconds(p.max)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <section className="sim-card">
          <h3>Monthly cost by node</h3>
          <ul className="sim-cost" data-testid="sim-cost">
            {priced.map((c) => (
              <li key={c.nodeId}>
                <span className="sim-cost__name">{label(c.nodeId)}</span>
                <span className="sim-cost__bar">
                  <span style={{ width: `${c.share * 100}%` }} />
                </span>
                <span className="sim-cost__usd">{formatUsd(c.usdPerMonth!)}</span>
              </li>
            ))}
          </ul>
          {unpriced.length > 0 && <p className="sim-sub">Not priced (no list price in the reference): {unpriced.map((c) => label(c.nodeId)).join(', ')}</p>}
        </section>
        <section className="sim-card">
          <h3>Bottlenecks</h3>
          {(result.bottlenecks ?? []).length === 0 ? (
            <p className="muted">None: no node reached 85 % of its limit, throttled or lost records.</p>
          ) : (
            <ul className="sim-list" data-testid="sim-bottlenecks">
              {result.bottlenecks!.map((b) => (
                <li key={b.nodeId}>
                  <button type="button" className="sim-link" onClick={() => showNode(b.nodeId)}>
                    {label(b.nodeId)}
                  </button>
                  <span>{b.reason}</span>
                  <span className="sim-fix">Fix: {b.suggestion}</span>
                </li>
              ))}
            </ul>
          )}
          {result.events.length > 0 && (
            <>
              <h3>Events</h3>
              <ul className="sim-list" data-testid="sim-events">
                {result.events.map((e, i) => (
                  <li key={i}>
                    <button type="button" className="sim-link sim-time" onClick={() => showNode(e.nodeId, e.t, result)} title="Show this moment">
                      {formatSeconds(e.t)}
                    </button>
                    <span>{e.message.includes(label(e.nodeId)) ? e.message : `${label(e.nodeId)}: ${e.message}`}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      </div>
    </div>
  );
}
