import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { select } from '../state/selection';
import { EdgeLoadBar } from './EdgeLoadBar';
import type { FlowEdge } from './to-flow';

const SEVERITY_WORD = { error: 'error', warning: 'warning', info: 'note' } as const;

/**
 * A connection: React Flow's bezier, plus a marker at its midpoint when findings name it, coloured
 * by the worst of them, its tooltip the messages. A click on the marker selects the connection.
 */
function PipelineEdgeView({ id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, markerEnd, style, interactionWidth, data }: EdgeProps<FlowEdge>) {
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition });
  const findings = data?.findings;
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} style={style} interactionWidth={interactionWidth} />
      <EdgeLoadBar id={id} path={path} x={labelX} y={labelY} />
      {findings && (
        <EdgeLabelRenderer>
          <button
            type="button"
            className={`pw-edge-badge pw-edge-badge--${findings.worst} nodrag nopan`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            data-testid={`edge-badge-${id}`}
            data-severity={findings.worst}
            title={findings.messages}
            aria-label={`${findings.count} ${SEVERITY_WORD[findings.worst]}${findings.count === 1 ? '' : 's'} on this connection: ${findings.messages}`}
            onClick={() => select({ edgeIds: [id] })}
          >
            {findings.count > 1 ? findings.count : '!'}
          </button>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const PipelineEdge = memo(PipelineEdgeView);
