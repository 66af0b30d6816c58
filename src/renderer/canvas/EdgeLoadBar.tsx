import { EdgeLabelRenderer } from '@xyflow/react';
import { formatShare, loadLevel } from '../panels/simulation/load-level';
import { useEdgeLoad } from '../state/sim-overlay';
import './sim-overlay.css';

/** Below the edge's midpoint, clear of its findings marker. */
const OFFSET_Y = 16;

/**
 * The simulated load of a connection at the scrubber's moment: the connection drawn over in the
 * colour of its band (see load-level.ts) and a small bar with the percentage beside its midpoint;
 * nothing while no simulation result is shown.
 */
export function EdgeLoadBar({ id, path, x, y }: { id: string; path: string; x: number; y: number }) {
  const load = useEdgeLoad(id);
  if (load === undefined) return null;
  const level = loadLevel(load);
  return (
    <>
      <path className={`pw-edge-load-path pw-edge-load-path--${level}`} d={path} />
      <EdgeLabelRenderer>
        <div
          className={`pw-edge-load pw-edge-load--${level}`}
          style={{ transform: `translate(-50%, -50%) translate(${x}px, ${y + OFFSET_Y}px)` }}
          data-testid={`edge-load-${id}`}
          data-level={level}
          data-load={load}
          title={`Load ${formatShare(load)} of the receiving service's limit`}
        >
          <span className="pw-edge-load__track">
            <span className="pw-edge-load__fill" style={{ width: `${Math.min(1, load) * 100}%` }} />
          </span>
          <span className="pw-edge-load__text">{formatShare(load)}</span>
        </div>
      </EdgeLabelRenderer>
    </>
  );
}
