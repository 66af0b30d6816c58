import type { Pipeline } from '../../../shared/model/pipeline';
import type { SimulationResult } from '../../../shared/model/simulation-result';
import { pinRun, unpinRun, usePinned } from '../../state/sim-pinned';
import { formatSeconds } from '../format';

/** Keeps a run as "A" to compare the next runs with, or lets it go. */
export function PinControl({ result, pipeline, disabled }: { result?: SimulationResult; pipeline?: Pipeline; disabled: boolean }) {
  const pinned = usePinned();
  if (pinned) {
    return (
      <div className="sim-pin" data-testid="sim-pinned">
        <span className="sim-pin__chip" title="The pinned run: the Compare view sets the latest run (B) beside it">
          A · {formatSeconds(pinned.result.durationSeconds)}, seed {pinned.result.seed}
        </span>
        <button type="button" className="btn btn--small btn--ghost" onClick={unpinRun} data-testid="sim-unpin">
          Unpin
        </button>
      </div>
    );
  }
  return (
    <button
      type="button"
      className="btn btn--small"
      disabled={disabled || !result}
      onClick={() => result && pinRun({ result, pipeline })}
      title="Keep this run as A, change the pipeline, run again and compare"
      data-testid="sim-pin"
    >
      Pin as A
    </button>
  );
}
