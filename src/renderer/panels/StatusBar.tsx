import { transportKind } from '../api/client';
import { useAppInfo } from '../state/app-info';
import { usePipeline } from '../state/document';
import { useFindings } from '../state/findings';
import { useNotice } from '../state/notices';
import './status.css';

/** Bottom line: validation state, the latest message, document size and where the app runs. */
export function StatusBar() {
  const findings = useFindings((s) => s.findings);
  const status = useFindings((s) => s.status);
  const pipeline = usePipeline();
  const notice = useNotice();
  const info = useAppInfo();
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  return (
    <div className="status" data-testid="status-bar">
      <span className="status__item" data-testid="validation-status" data-status={status} title={status === 'pending' ? 'Validating…' : undefined}>
        <span className={`status__dot ${status === 'pending' ? 'is-pending' : errors ? 'is-error' : warnings ? 'is-warning' : 'is-ok'}`} aria-hidden="true" />
        {status === 'error' ? 'Validation unavailable' : `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`}
      </span>
      <span className="status__message" role="status" data-testid="status-message">
        {notice?.kind === 'info' ? notice.text : ''}
      </span>
      <span className="status__item">
        {pipeline.nodes.length} node{pipeline.nodes.length === 1 ? '' : 's'} · {pipeline.edges.length} connection{pipeline.edges.length === 1 ? '' : 's'}
      </span>
      <span className="status__item muted">{info ? `Pipewright ${info.version} · ${info.transport === 'web' ? 'web host' : 'desktop'}` : transportKind}</span>
    </div>
  );
}
