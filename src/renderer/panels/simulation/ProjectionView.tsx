import { useMemo, useState } from 'react';
import { MAX_PROJECTION_MONTHS, type CostProjection } from '../../../shared/model/cost-projection';
import type { Pipeline } from '../../../shared/model/pipeline';
import type { SimulationResult } from '../../../shared/model/simulation-result';
import { api } from '../../api/client';
import { formatUsd } from './chart-format';
import { useChartTheme } from './chart-theme';
import { costChart, keyMonths, projectionDays, projectionMonths, storageChart } from './projection-charts';
import { UPlotChart } from './UPlotChart';

// Axis ticks can fall between whole months or days: those are left blank.
const formatMonth = (m: number) => (Number.isInteger(m) ? `month ${m}` : '');
const formatDay = (d: number) => (Number.isInteger(d) ? `day ${d}` : '');

function ProjectionCharts({ projection }: { projection: CostProjection }) {
  const theme = useChartTheme();
  const months = useMemo(() => projectionMonths(projection), [projection]);
  const days = useMemo(() => projectionDays(projection), [projection]);
  const cost = useMemo(() => costChart(projection), [projection]);
  const storage = useMemo(() => storageChart(projection), [projection]);
  return (
    <div className="sim-projection__body">
      <div className="sim-charts">
        <UPlotChart spec={cost} times={months} theme={theme} cursorIndex={null} formatX={formatMonth} />
        {storage.lines.length > 0 && <UPlotChart spec={storage} times={days} theme={theme} cursorIndex={null} formatX={formatDay} />}
      </div>
      <table className="sim-mini-table" data-testid="sim-projection-table">
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col">That month</th>
            <th scope="col">Total so far</th>
          </tr>
        </thead>
        <tbody>
          {keyMonths(projection.months).map((m) => (
            <tr key={m} data-testid={`sim-projection-month-${m}`}>
              <th scope="row">{m}</th>
              <td>{formatUsd(projection.monthlyUsd[m - 1]!)}</td>
              <td>{formatUsd(projection.cumulativeUsd[m - 1]!)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {projection.notes.length > 0 && (
        <ul className="sim-notes">
          {projection.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The run's rates kept up for 1–36 months, day by day (main's cost model): S3 storage by class and cost per month. */
export function ProjectionView({ result, pipeline }: { result: SimulationResult; pipeline: Pipeline }) {
  const [months, setMonths] = useState(12);
  const [state, setState] = useState<{ status: 'idle' | 'busy' } | { status: 'done'; projection: CostProjection } | { status: 'failed'; error: string }>({ status: 'idle' });
  const valid = Number.isInteger(months) && months >= 1 && months <= MAX_PROJECTION_MONTHS;
  const project = async () => {
    setState({ status: 'busy' });
    try {
      setState({ status: 'done', projection: await api.projectCost({ pipeline, result, months }) });
    } catch (error) {
      setState({ status: 'failed', error: (error as Error).message });
    }
  };
  return (
    <div className="sim-projection" data-testid="sim-projection">
      <div className="sim-projection__controls">
        <label htmlFor="sim-projection-months">Horizon</label>
        <div className="input-unit">
          <input
            id="sim-projection-months"
            className="input input--number"
            type="number"
            min={1}
            max={MAX_PROJECTION_MONTHS}
            value={Number.isFinite(months) ? months : ''}
            aria-invalid={!valid}
            onChange={(e) => setMonths(e.currentTarget.valueAsNumber)}
            data-testid="sim-projection-months"
          />
          <span className="input-unit__suffix">months</span>
        </div>
        <button type="button" className="btn" disabled={!valid || state.status === 'busy'} onClick={() => void project()} data-testid="sim-project">
          Project
        </button>
        <span className="sim-sub">{valid ? 'The run’s rates kept up, with each bucket’s lifecycle applied day by day.' : `A whole number of months from 1 to ${MAX_PROJECTION_MONTHS}.`}</span>
      </div>
      {state.status === 'failed' && <p className="sim-failed">{state.error}</p>}
      {state.status === 'done' && <ProjectionCharts projection={state.projection} />}
    </div>
  );
}
