import { Panel } from '@xyflow/react';
import { EDGE_KINDS } from './edge-kinds';

/** A small key in the canvas corner: how data, control and metadata connections are drawn. */
export function EdgeLegend() {
  return (
    <Panel position="top-right" className="edge-legend" data-testid="edge-legend" aria-label="Connection kinds">
      <ul>
        {EDGE_KINDS.map((k) => (
          <li key={k.kind} title={k.description} data-edge-kind={k.kind}>
            <svg width="30" height="10" viewBox="0 0 30 10" aria-hidden="true" className={`edge-legend__sample pw-edge--${k.kind}`}>
              <path d="M1 5H23" />
              <path d="M22 1.5 28 5l-6 3.5z" className="edge-legend__head" />
            </svg>
            <span className={`edge-legend__handle pw-handle--${k.kind}`} aria-hidden="true" />
            {k.title}
          </li>
        ))}
      </ul>
    </Panel>
  );
}
