import { Panel } from '@xyflow/react';
import { registry } from '../commands/app-commands';
import { MIN_TO_ALIGN, MIN_TO_DISTRIBUTE } from '../state/align';
import { useDocument } from '../state/document';
import { useSelection } from '../state/selection';
import { Icon } from '../ui/icons';
import './selection-bar.css';

const ALIGN = ['align-left', 'align-centre', 'align-right', 'align-top', 'align-middle', 'align-bottom'];
const DISTRIBUTE = ['distribute-horizontal', 'distribute-vertical'];

function BarButton({ id }: { id: string }) {
  const command = registry.get(id);
  if (!command || command.enabled?.() === false) return null;
  return (
    <button type="button" className="btn btn--ghost btn--small selection-bar__btn" data-testid={`cmd-${id}`} title={command.label} aria-label={command.label} onClick={() => void command.run()}>
      <Icon name={id} />
    </button>
  );
}

/**
 * Layout tools for the selected nodes, in the canvas corner while nodes are selected: pin or
 * unpin, and with two or more nodes align, with three or more distribute. The same registered
 * commands as everywhere else.
 */
export function SelectionLayoutBar() {
  const { nodeIds } = useSelection();
  // Re-render when pins change (what `enabled` reads).
  useDocument((s) => s.pipeline.nodes);
  if (nodeIds.length === 0) return null;
  return (
    <Panel position="top-center" className="selection-bar" data-testid="selection-layout-bar" aria-label="Layout of the selection">
      <BarButton id="pin" />
      <BarButton id="unpin" />
      {nodeIds.length >= MIN_TO_ALIGN && (
        <>
          <span className="selection-bar__divider" aria-hidden="true" />
          {ALIGN.map((id) => (
            <BarButton key={id} id={id} />
          ))}
        </>
      )}
      {nodeIds.length >= MIN_TO_DISTRIBUTE && (
        <>
          <span className="selection-bar__divider" aria-hidden="true" />
          {DISTRIBUTE.map((id) => (
            <BarButton key={id} id={id} />
          ))}
        </>
      )}
    </Panel>
  );
}
