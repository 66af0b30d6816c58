import { useId, useState } from 'react';
import { FINDING_CODES, type FindingCodeEntry } from '../../shared/findings/codes';
import { Icon } from '../ui/icons';
import { askSuppress, fixFinding, revealFinding, unsuppressFinding } from './finding-actions';
import type { FindingItem } from './findings-view';

/** Why the code matters, and the section of the domain notes that explains it: the row's tooltip and its expanded text. */
function helpText(code: FindingItem['finding']['code']): { help: string; notes?: string } {
  const entry: FindingCodeEntry | undefined = FINDING_CODES[code];
  return { help: entry?.help ?? '', notes: entry?.notes };
}

/**
 * One finding: code, title, message and what it names (a click selects and frames it, and opens
 * its setting); the help on hover or expanded (with the whole message); Fix, and Suppress… or
 * Unsuppress. `showTarget: false` where the group already names the node.
 */
export function FindingRow({ item, showTarget = true }: { item: FindingItem; showTarget?: boolean }) {
  const { finding, title } = item;
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  const { help, notes } = helpText(finding.code);
  const suppressed = finding.suppressed;
  const tooltip = [`${finding.code} ${title}`, help, notes && `Domain notes: ${notes}`].filter(Boolean).join('\n\n');
  return (
    <li
      className={`finding sev-${finding.severity}${suppressed ? ' is-suppressed' : ''}${open ? ' is-open' : ''}`}
      data-testid="finding"
      data-code={finding.code}
      data-severity={finding.severity}
      data-node-id={finding.nodeId}
      data-edge-id={finding.edgeId}
      data-path={finding.path?.join('.')}
      data-suppressed={suppressed ? 'true' : undefined}
    >
      <div className="finding__row">
        <button
          type="button"
          className="finding__expand"
          aria-expanded={open}
          aria-controls={detailsId}
          aria-label={open ? 'Hide help' : 'Show help'}
          title={open ? 'Hide help' : 'Why this matters'}
          data-testid="finding-expand"
          onClick={() => setOpen(!open)}
        >
          <Icon name={open ? 'chevron-down' : 'chevron-right'} size={12} />
        </button>
        <button type="button" className="finding__main" title={tooltip} data-testid="finding-open" onClick={() => revealFinding(finding)}>
          <span className="finding__dot" aria-hidden="true" />
          <code className="finding__code">{finding.code}</code>
          <span className="finding__title">{title}</span>
          <span className="finding__message">{finding.message}</span>
          {showTarget && item.targetLabel && <span className="finding__node">{item.targetLabel}</span>}
        </button>
        {finding.fix && (
          <button type="button" className="btn btn--small finding__action" onClick={() => fixFinding(finding)} data-testid={`fix-${finding.code}`} title={finding.fix.label}>
            <Icon name="wrench" size={13} />
            <span className="finding__action-label">{finding.fix.label}</span>
          </button>
        )}
        {suppressed ? (
          <button type="button" className="btn btn--small btn--ghost finding__action" onClick={() => unsuppressFinding(finding)} data-testid={`unsuppress-${finding.code}`} title="Count this finding again (undoable)">
            Unsuppress
          </button>
        ) : (
          <button type="button" className="btn btn--small btn--ghost finding__action" onClick={() => askSuppress(finding)} data-testid={`suppress-${finding.code}`} title="Accept this finding, with a written justification">
            Suppress…
          </button>
        )}
      </div>
      {suppressed && (
        <p className="finding__justification" data-testid="finding-justification">
          <span className="finding__justification-label">Accepted:</span> {suppressed.justification}
        </p>
      )}
      {open && (
        <div className="finding__details" id={detailsId} data-testid="finding-details">
          <p>{help}</p>
          {notes && (
            <p className="finding__notes">
              Domain notes: <cite>{notes}</cite>
            </p>
          )}
        </div>
      )}
    </li>
  );
}
