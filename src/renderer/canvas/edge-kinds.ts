import { kindOf } from '../../shared/catalog/registry';
import type { EdgeKind, PortDefinition } from '../../shared/catalog/types';

/** How each kind of edge is drawn: data solid with an arrowhead, control dashed amber, metadata dotted teal. */
export const EDGE_KINDS: readonly { kind: EdgeKind; title: string; description: string; color: string }[] = [
  { kind: 'data', title: 'Data', description: 'Records and objects flow along it', color: 'var(--edge-data)' },
  { kind: 'control', title: 'Control', description: 'Starts, schedules or stops the target', color: 'var(--edge-control)' },
  { kind: 'metadata', title: 'Metadata', description: 'Table definitions and schemas', color: 'var(--edge-metadata)' },
];

export const edgeColor = (kind: EdgeKind) => EDGE_KINDS.find((k) => k.kind === kind)!.color;

/** The port `portId` of a node of `kindId` on one side; the first port when the edge names none (single-port files). */
export function portOf(kindId: string | undefined, side: 'source' | 'target', portId: string | undefined): PortDefinition | undefined {
  const kind = kindOf(kindId ?? '');
  const ports = side === 'source' ? kind?.outputs : kind?.inputs;
  return portId === undefined ? ports?.[0] : ports?.find((p) => p.id === portId);
}

/** What an edge carries: its source port's edge kind (data when the port is unknown). */
export function edgeKindOf(sourceKind: string | undefined, sourcePort: string | undefined): EdgeKind {
  return portOf(sourceKind, 'source', sourcePort)?.edgeKind ?? 'data';
}

/** A handle's tooltip: which side, the port's name, and what it carries when that is not data. */
export function portTooltip(port: PortDefinition, type: 'source' | 'target'): string {
  const side = type === 'source' ? 'Output' : 'Input';
  return port.edgeKind === 'data' ? `${side}: ${port.label}` : `${side}: ${port.label} (${port.edgeKind})`;
}
