import { Handle, Position as Side, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { kindOf } from '../../shared/catalog/registry';
import type { PortDefinition } from '../../shared/catalog/types';
import { Icon } from '../ui/icons';
import { KindIcon } from '../ui/KindIcon';
import { portTooltip } from './edge-kinds';
import { portY } from './geometry';
import { NodeLoadBadge } from './NodeLoadBadge';
import type { FlowNode } from './to-flow';
import { useZoomedOut } from './zoomed-out';

function Ports({ nodeId, ports, type }: { nodeId: string; ports: readonly PortDefinition[]; type: 'source' | 'target' }) {
  return ports.map((port, i) => (
    <Handle
      key={port.id}
      id={port.id}
      type={type}
      position={type === 'source' ? Side.Right : Side.Left}
      className={`pw-handle pw-handle--${port.edgeKind}`}
      style={{ top: portY(i, ports.length) }}
      title={portTooltip(port, type)}
      data-edge-kind={port.edgeKind}
      data-testid={`handle-${nodeId}-${type === 'source' ? 'out' : 'in'}-${port.id}`}
    />
  ));
}

const SEVERITY_WORD = { error: 'errors', warning: 'warnings', info: 'notes' } as const;

/**
 * One node of any kind: icon, label, kind title, ports, and a badge for its findings. While a
 * connection is drawn it says whether it can take it: `data-connect-state` valid / invalid /
 * source, with the reason as its tooltip (and in ConnectHint while hovered).
 */
function PipelineNodeView({ id, data, selected }: NodeProps<FlowNode>) {
  const kind = kindOf(data.kind);
  const { findings, connect } = data;
  // Zoomed out, only the icon: the text is unreadable there, and fewer elements keep large pipelines fast to pan and drag.
  const compact = useZoomedOut();
  const classes = ['pw-node', selected && 'is-selected', !kind && 'is-unknown', compact && 'is-compact', connect && `is-connect-${connect.state}`].filter(Boolean).join(' ');
  return (
    <div
      className={classes}
      data-testid={`node-${id}`}
      data-connect-state={connect?.state}
      title={connect ? connect.reason : compact ? data.label : undefined}
    >
      {kind && <Ports nodeId={id} ports={kind.inputs} type="target" />}
      <KindIcon kind={data.kind} size={36} />
      {!compact && (
        <div className="pw-node__text">
          <div className="pw-node__label" title={connect ? undefined : data.label}>
            {data.label || <span className="muted">Unnamed</span>}
          </div>
          <div className="pw-node__kind" title={connect ? undefined : (kind?.title ?? data.kind)}>
            {kind?.title ?? `Unknown kind “${data.kind}”`}
          </div>
        </div>
      )}
      {data.pinned && (
        <span className="pw-node__pin" data-testid={`node-pin-${id}`} title="Pinned: auto-layout leaves it in place">
          <Icon name="pin" size={12} />
        </span>
      )}
      {findings && (
        <span
          className={`pw-node__badge count count--${findings.worst}`}
          data-testid={`node-badge-${id}`}
          data-severity={findings.worst}
          title={`${findings.count} finding${findings.count === 1 ? '' : 's'} (worst: ${SEVERITY_WORD[findings.worst]})\n${findings.messages}`}
        >
          {findings.count}
        </span>
      )}
      <NodeLoadBadge id={id} />
      {kind && <Ports nodeId={id} ports={kind.outputs} type="source" />}
    </div>
  );
}

export const PipelineNode = memo(PipelineNodeView);
