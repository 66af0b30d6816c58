import { formatShare, loadLevel } from '../panels/simulation/load-level';
import { useNodeLoad } from '../state/sim-overlay';
import './sim-overlay.css';

/** The node's simulated utilisation at the scrubber's moment; nothing for kinds without a modelled limit or without a result. */
export function NodeLoadBadge({ id }: { id: string }) {
  const load = useNodeLoad(id);
  if (load === undefined) return null;
  const level = loadLevel(load);
  return (
    <span className={`pw-node__load pw-node__load--${level}`} data-testid={`node-load-${id}`} data-level={level} title={`Utilisation ${formatShare(load)} of its binding limit`}>
      {formatShare(load)}
    </span>
  );
}
