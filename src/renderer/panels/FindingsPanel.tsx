import { FINDING_CODES, type Severity } from '../../shared/findings/codes';
import type { Finding } from '../../shared/findings/finding';
import { focusNode } from '../canvas/focus';
import { documentStore, usePipeline } from '../state/document';
import { useFindings } from '../state/findings';
import { applyFix } from '../state/operations';
import { select } from '../state/selection';
import { Icon } from '../ui/icons';

const GROUPS: { severity: Severity; title: string }[] = [
  { severity: 'error', title: 'Errors' },
  { severity: 'warning', title: 'Warnings' },
  { severity: 'info', title: 'Notes' },
];

function fix(finding: Finding): void {
  if (!finding.fix) return;
  const { label, operations } = finding.fix;
  documentStore.dispatch((d) => applyFix(d, operations), { label });
}

function FindingRow({ finding, nodeLabel }: { finding: Finding; nodeLabel?: string }) {
  const code = FINDING_CODES[finding.code];
  const target = finding.nodeId;
  return (
    <li className={`finding sev-${finding.severity}`} data-testid="finding" data-code={finding.code} data-severity={finding.severity} data-node-id={target}>
      <button
        type="button"
        className="finding__main"
        title={`${code.title}: ${code.help}`}
        onClick={() => {
          if (target) {
            select({ nodeIds: [target] });
            focusNode(target);
          } else if (finding.edgeId) select({ edgeIds: [finding.edgeId] });
        }}
      >
        <span className="finding__dot" aria-hidden="true" />
        <code className="finding__code">{finding.code}</code>
        <span className="finding__message">{finding.message}</span>
        {nodeLabel && <span className="finding__node">{nodeLabel}</span>}
      </button>
      {finding.fix && (
        <button type="button" className="btn btn--small finding__fix" onClick={() => fix(finding)} data-testid={`fix-${finding.code}`} title={finding.fix.label}>
          <Icon name="wrench" size={13} />
          {finding.fix.label}
        </button>
      )}
    </li>
  );
}

/** Findings of the latest validation, errors first; a click selects the node, Fix applies the fix as one undo step. */
export function FindingsPanel() {
  const findings = useFindings((s) => s.findings);
  const status = useFindings((s) => s.status);
  const error = useFindings((s) => s.error);
  const pipeline = usePipeline();
  const labels = new Map(pipeline.nodes.map((n) => [n.id, n.label]));
  return (
    <div className="findings" data-testid="findings-panel" aria-busy={status === 'pending'}>
      {status === 'error' && (
        <div className="findings__error" role="alert">
          Validation failed: {error}
        </div>
      )}
      {findings.length === 0 && status !== 'error' && (
        <p className="empty" data-testid="findings-empty">
          {pipeline.nodes.length === 0 ? 'Nothing to check yet.' : 'No problems found.'}
        </p>
      )}
      {GROUPS.map(({ severity, title }) => {
        const group = findings.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        return (
          <section key={severity} className="findings__group" aria-label={title}>
            <h3 className="findings__group-title">
              {title} <span className={`count count--${severity}`}>{group.length}</span>
            </h3>
            <ul className="findings__list">
              {group.map((f, i) => (
                <FindingRow key={`${f.code}-${f.nodeId ?? f.edgeId ?? ''}-${i}`} finding={f} nodeLabel={f.nodeId ? labels.get(f.nodeId) : undefined} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
