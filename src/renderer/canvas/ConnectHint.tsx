import { useConnectDrag, useConnectHover } from './connect-drag';

/**
 * While a connection is drawn and the pointer is on a node: whether that node can take it and why
 * (not), above the canvas in screen-size text (the nodes' own tooltips may not show while the
 * button is held, and text drawn on the canvas shrinks with the zoom).
 */
export function ConnectHint() {
  const connecting = useConnectDrag();
  const hover = useConnectHover();
  if (!connecting || !hover || hover.connect.state === 'source') return null;
  return (
    <div className={`connect-hint connect-hint--${hover.connect.state}`} role="status" data-testid="connect-hint" data-node-id={hover.nodeId}>
      <strong>{hover.label}</strong> — {hover.connect.reason}
    </div>
  );
}
