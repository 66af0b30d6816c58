import { api } from '../api/client';
import { documentStore, useDocument } from '../state/document';
import { usePinned } from '../state/sim-pinned';
import { setResultsView, SIM_RESULTS_VIEWS, useSimView } from '../state/sim-view';
import { cancelSimulation, runSimulation, useSimulation } from '../state/simulation';
import { Icon } from '../ui/icons';
import { formatSeconds } from './format';
import { SimResults } from './SimResults';
import { SimSettings } from './SimSettings';
import { CompareView } from './simulation/CompareView';
import { NodeDetail } from './simulation/NodeDetail';
import { PinControl } from './simulation/PinControl';
import { ProjectionView } from './simulation/ProjectionView';
import { Scrubber } from './simulation/Scrubber';
import { SummaryView } from './simulation/SummaryView';
import './simulation.css';
import './simulation/results.css';

/** Run controls (settings, Run, progress, Cancel, pin), the timeline, and the results of the last run in five views. */
export function SimulationPanel() {
  const sim = useSimulation((s) => s);
  const pipeline = useDocument((s) => s.pipeline);
  const revision = useDocument((s) => s.revision);
  const view = useSimView((v) => v.view);
  const pinned = usePinned();
  const running = sim.status === 'running';
  const stale = sim.result && sim.revision !== revision;
  const labels = new Map([...(pinned?.pipeline?.nodes ?? []), ...(sim.pipeline?.nodes ?? []), ...pipeline.nodes].map((n) => [n.id, n.label || n.id]));
  const label = (id: string) => labels.get(id) ?? id;
  return (
    <div className="sim" data-testid="simulation-panel">
      <div className="sim-controls">
        <SimSettings />
        <div className="sim-run">
          {running ? (
            <button type="button" className="btn" onClick={() => void cancelSimulation(api)} data-testid="simulate-cancel">
              <Icon name="stop" size={14} /> Cancel
            </button>
          ) : (
            <button
              type="button"
              className="btn btn--primary"
              onClick={() => void runSimulation(api, documentStore)}
              disabled={pipeline.nodes.length === 0}
              data-testid="simulate-run"
            >
              <Icon name="play" size={14} /> Run simulation
            </button>
          )}
          <div className="sim-progress">
            <div
              className={`progress${running ? ' is-running' : ''}`}
              role="progressbar"
              aria-label="Simulation progress"
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={Math.round(sim.fraction * 100)}
              data-testid="simulate-progress"
              data-status={sim.status}
            >
              <div className="progress__bar" style={{ width: `${sim.fraction * 100}%` }} />
            </div>
            <span className="sim-status" data-testid="simulate-status">
              {running && `Simulating… ${formatSeconds(sim.simulatedSeconds)} simulated (${Math.round(sim.fraction * 100)} %)`}
              {sim.status === 'completed' && sim.result && `Done: ${formatSeconds(sim.result.simulatedSeconds)} simulated (seed ${sim.result.seed})`}
              {sim.status === 'cancelled' && 'Cancelled'}
              {sim.status === 'failed' && <span className="sim-failed">Failed: {sim.error}</span>}
              {sim.status === 'idle' && 'Not run yet'}
            </span>
          </div>
          <PinControl result={sim.result} pipeline={sim.pipeline} disabled={running} />
        </div>
      </div>
      {stale && <div className="sim-stale">The pipeline changed since this run; run again to update the results.</div>}
      {sim.result ? (
        <>
          <Scrubber result={sim.result} />
          <div className="sim-views tabs" role="tablist" aria-label="Simulation results">
            {SIM_RESULTS_VIEWS.map((v) => (
              <button key={v.id} type="button" role="tab" className="tab" aria-selected={view === v.id} onClick={() => setResultsView(v.id)} data-testid={`sim-view-${v.id}`}>
                {v.title}
                {v.id === 'compare' && pinned && <span className="count count--info">A</span>}
              </button>
            ))}
          </div>
          <div role="tabpanel" className="sim-view">
            {view === 'summary' && <SummaryView result={sim.result} label={label} />}
            {view === 'charts' && <NodeDetail result={sim.result} label={label} />}
            {view === 'nodes' && <SimResults result={sim.result} pipeline={pipeline} />}
            {view === 'compare' &&
              (pinned && pinned.result !== sim.result ? (
                <CompareView a={pinned.result} b={sim.result} label={label} />
              ) : (
                <p className="empty" data-testid="sim-compare-hint">
                  {pinned ? 'A is this run. Change the pipeline (say, 4 shards instead of 2) and run again to compare.' : 'Pin this run as A, change the pipeline, and run again to see both side by side.'}
                </p>
              ))}
            {view === 'projection' && <ProjectionView key={sim.runId} result={sim.result} pipeline={sim.pipeline ?? pipeline} />}
          </div>
        </>
      ) : (
        !running && <p className="empty">Run a simulation to see records, throttling, buffering and latency per node.</p>
      )}
    </div>
  );
}
