import { transportKind } from '../api/client';
import { useAppInfo } from '../state/app-info';
import { usePipeline } from '../state/document';
import { countFindings } from '../state/finding-summary';
import { useFindings } from '../state/findings';
import { useNotice } from '../state/notices';
import { ThemeSwitch } from '../theme/ThemeSwitch';
import './status.css';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Errors and warnings (suppressed findings apart), and a quiet "validating…" while an answer is awaited. */
function ValidationStatus() {
  const findings = useFindings((s) => s.findings);
  const status = useFindings((s) => s.status);
  const { errors, warnings, suppressed } = countFindings(findings);
  const dot = status === 'pending' ? 'is-pending' : errors ? 'is-error' : warnings ? 'is-warning' : 'is-ok';
  return (
    <span
      className="status__item"
      data-testid="validation-status"
      data-status={status}
      data-errors={errors}
      data-warnings={warnings}
      data-suppressed={suppressed}
      title={suppressed ? `${plural(suppressed, 'suppressed finding')}, not counted` : undefined}
    >
      <span className={`status__dot ${dot}`} aria-hidden="true" />
      {status === 'error' ? 'Validation unavailable' : `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`}
      {status !== 'error' && suppressed > 0 && <span className="status__suppressed">({suppressed} suppressed)</span>}
      {status === 'pending' && (
        <span className="status__validating" data-testid="validating">
          validating…
        </span>
      )}
    </span>
  );
}

/** Bottom line: validation state, the latest message, document size and where the app runs. */
export function StatusBar() {
  const pipeline = usePipeline();
  const notice = useNotice();
  const info = useAppInfo();
  return (
    <div className="status" data-testid="status-bar">
      <ValidationStatus />
      <span className="status__message" role="status" data-testid="status-message">
        {notice?.kind === 'info' ? notice.text : ''}
      </span>
      <span className="status__item">
        {plural(pipeline.nodes.length, 'node')} · {plural(pipeline.edges.length, 'connection')}
      </span>
      <ThemeSwitch />
      <span className="status__item muted">{info ? `Pipewright ${info.version} · ${info.transport === 'web' ? 'web host' : 'desktop'}` : transportKind}</span>
    </div>
  );
}
