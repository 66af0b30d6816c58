import { api } from '../api/client';
import { documentStore, useDocument } from '../state/document';
import { cancelSimulation, runSimulation, useSimulation } from '../state/simulation';
import { Icon } from '../ui/icons';
import { formatSeconds } from './format';
import { SimResults } from './SimResults';
import { SimSettings } from './SimSettings';
import './simulation.css';

/** Run controls (settings, Run, progress, Cancel) and the results of the last run. */
export function SimulationPanel() {
  const sim = useSimulation((s) => s);
  const pipeline = useDocument((s) => s.pipeline);
  const revision = useDocument((s) => s.revision);
  const running = sim.status === 'running';
  const stale = sim.result && sim.revision !== revision;
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
        </div>
      </div>
      {stale && <div className="sim-stale">The pipeline changed since this run; run again to update the results.</div>}
      {sim.result ? (
        <SimResults result={sim.result} pipeline={pipeline} />
      ) : (
        !running && <p className="empty">Run a simulation to see records, throttling, buffering and latency per node.</p>
      )}
    </div>
  );
}
