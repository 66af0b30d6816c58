import { useFindings } from '../state/findings';

/** The node's findings, compact, at the top of the inspector; suppressed ones muted, with their justification as tooltip. */
export function NodeFindings({ nodeId }: { nodeId: string }) {
  const findings = useFindings((s) => s.findings);
  const mine = findings.filter((f) => f.nodeId === nodeId);
  if (mine.length === 0) return null;
  return (
    <ul className="node-findings" aria-label="Findings on this node">
      {mine.map((f, i) => (
        <li
          key={`${f.code}-${i}`}
          className={`node-findings__item sev-${f.severity}${f.suppressed ? ' is-suppressed' : ''}`}
          title={f.suppressed ? `Suppressed: ${f.suppressed.justification}` : undefined}
        >
          <span className="node-findings__dot" aria-hidden="true" />
          <span>
            <code>{f.code}</code> {f.message}
            {f.suppressed && <span className="node-findings__suppressed"> (suppressed)</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}
