import type { NodeStats, SimulationResult } from '../../shared/model/simulation-result';
import type { Pipeline } from '../../shared/model/pipeline';
import { KindIcon } from '../ui/KindIcon';
import { formatBytes, formatCount, formatSeconds } from './format';
import { Sparkline } from './Sparkline';

const dist = (d: { mean: number; p95: number; max: number } | null) =>
  d ? (
    <>
      {formatSeconds(d.mean)}
      <span className="sim-sub">
        p95 {formatSeconds(d.p95)} · max {formatSeconds(d.max)}
      </span>
    </>
  ) : (
    <span className="muted">—</span>
  );

const num = (n: number, warn = false) => <span className={warn && n > 0 ? 'sim-warn' : n === 0 ? 'muted' : undefined}>{formatCount(n)}</span>;

function Row({ stats, label, series }: { stats: NodeStats; label: string; series?: { recordsIn: number[]; recordsOut: number[] } }) {
  return (
    <tr data-testid={`sim-result-${stats.nodeId}`} data-objects-written={stats.objectsWritten} data-records-in={stats.recordsIn} data-records-out={stats.recordsOut}>
      <th scope="row">
        <div className="sim-node">
          <KindIcon kind={stats.kind} size={20} />
          <span>{label}</span>
        </div>
      </th>
      <td className="sim-trend">{series && <Sparkline recordsIn={series.recordsIn} recordsOut={series.recordsOut} width={64} height={24} />}</td>
      <td>{num(stats.recordsIn)}</td>
      <td>{num(stats.recordsOut)}</td>
      <td>
        {num(stats.recordsThrottled, true)}
        <span className="muted"> / </span>
        {num(stats.recordsDropped, true)}
      </td>
      <td>{num(stats.recordsBuffered)}</td>
      <td data-testid="sim-objects">
        {num(stats.objectsWritten)}
        {stats.objectBytes && <span className="sim-sub">mean {formatBytes(stats.objectBytes.mean)}</span>}
      </td>
      <td>{stats.bytesStored > 0 ? formatBytes(stats.bytesStored) : <span className="muted">—</span>}</td>
      <td>{dist(stats.bufferLatencySeconds)}</td>
      <td>{dist(stats.endToEndLatencySeconds)}</td>
    </tr>
  );
}

/** Per-node results of a run, in human units, with a sparkline of records in/out; then the engine's notes. */
export function SimResults({ result, pipeline }: { result: SimulationResult; pipeline: Pipeline }) {
  const labels = new Map(pipeline.nodes.map((n) => [n.id, n.label]));
  return (
    <div className="sim-results">
      <div className="sim-table-wrap">
        <table className="sim-table" data-testid="sim-results">
          <thead>
            <tr>
              <th scope="col">Node</th>
              <th scope="col" title="Records in (grey) and out (accent) over the run">
                Trend
              </th>
              <th scope="col" title="Records received">
                In
              </th>
              <th scope="col" title="Records passed on or stored">
                Out
              </th>
              <th scope="col" title="Throttled: refused by a service quota (the sender sees a throttling error). Dropped: rejected outright, for example over the record size limit.">
                Throttled / dropped
              </th>
              <th scope="col" title="Still held in a buffer when the run ended">
                Buffered
              </th>
              <th scope="col" title="Objects written, and their mean size">
                Objects
              </th>
              <th scope="col" title="Bytes stored at the end of the run">
                Stored
              </th>
              <th scope="col" title="Time records waited in this node's buffer: mean, p95, max">
                Buffer wait
              </th>
              <th scope="col" title="From production to arrival here: mean, p95, max">
                End to end
              </th>
            </tr>
          </thead>
          <tbody>
            {result.nodes.map((s) => (
              <Row key={s.nodeId} stats={s} label={labels.get(s.nodeId) ?? s.nodeId} series={result.series.nodes[s.nodeId]} />
            ))}
          </tbody>
        </table>
      </div>
      {result.notes.length > 0 && (
        <ul className="sim-notes" data-testid="sim-notes">
          {result.notes.map((note, i) => (
            <li key={i}>{note}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
