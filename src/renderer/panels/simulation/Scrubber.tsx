import { useEffect, useState } from 'react';
import type { SimulationResult } from '../../../shared/model/simulation-result';
import { setMoment, setShowOnCanvas, simViewStore, useSimView } from '../../state/sim-view';
import { Icon } from '../../ui/icons';
import { formatSeconds } from '../format';
import { bucketCount, bucketSpan } from './timeline';

/** One step of playback: 200 buckets play in about 20 seconds. */
const PLAY_STEP_MS = 100;

/**
 * The run's timeline: a slider over its buckets (the canvas and the charts show the state at
 * that time), play / pause, "Peak" (each element at its highest over the run), markers for the
 * run's events, and whether the canvas shows loads at all.
 */
export function Scrubber({ result }: { result: SimulationResult }) {
  const moment = useSimView((v) => v.moment);
  const show = useSimView((v) => v.showOnCanvas);
  const count = bucketCount(result);
  const [playing, setPlaying] = useState(false);

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const m = simViewStore.get().moment;
      const next = m === 'peak' || m >= count - 1 ? 0 : m + 1;
      setMoment(next);
      if (next >= count - 1) setPlaying(false);
    }, PLAY_STEP_MS);
    return () => clearInterval(timer);
  }, [playing, count]);

  const span = moment === 'peak' ? undefined : bucketSpan(result, moment);
  const end = result.simulatedSeconds || 1;
  return (
    <div className="sim-scrubber" data-testid="sim-scrubber">
      <button
        type="button"
        className="btn btn--small sim-scrubber__play"
        onClick={() => setPlaying((p) => !p)}
        aria-label={playing ? 'Pause' : 'Play the run'}
        title={playing ? 'Pause' : 'Play the run on the canvas'}
        data-testid="sim-play"
      >
        <Icon name={playing ? 'stop' : 'play'} size={14} />
      </button>
      <div className="sim-scrubber__track">
        <input
          type="range"
          className="sim-scrubber__range"
          min={0}
          max={Math.max(0, count - 1)}
          step={1}
          value={moment === 'peak' ? 0 : moment}
          onChange={(e) => setMoment(Number(e.currentTarget.value))}
          // From "Peak" the thumb rests at 0, where Home would change nothing: go to the ends explicitly.
          onKeyDown={(e) => (e.key === 'Home' ? setMoment(0) : e.key === 'End' ? setMoment(count - 1) : undefined)}
          aria-label="Time in the run"
          aria-valuetext={span ? `${formatSeconds(span.from)} to ${formatSeconds(span.to)}` : 'Peak over the run'}
          data-testid="sim-timeline"
          data-moment={moment}
        />
        <div className="sim-scrubber__events" aria-hidden="true">
          {result.events.map((e, i) => (
            <span key={i} className={`sim-scrubber__event sim-scrubber__event--${e.type}`} style={{ left: `${(e.t / end) * 100}%` }} title={`${formatSeconds(e.t)}: ${e.message}`} />
          ))}
        </div>
      </div>
      <span className="sim-scrubber__time" data-testid="sim-moment">
        {span ? `${formatSeconds(span.from)} – ${formatSeconds(span.to)}` : 'Peak of each over the run'}
      </span>
      <button type="button" className="btn btn--small" aria-pressed={moment === 'peak'} onClick={() => setMoment('peak')} data-testid="sim-peak">
        Peak
      </button>
      <label className="sim-scrubber__show">
        <input type="checkbox" checked={show} onChange={(e) => setShowOnCanvas(e.currentTarget.checked)} data-testid="sim-show-on-canvas" />
        Loads on canvas
      </label>
    </div>
  );
}
