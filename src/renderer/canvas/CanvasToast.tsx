import { dismissNotice, useNotice } from '../state/notices';

/** A refused connection (or another canvas message), just above the bottom of the canvas. */
export function CanvasToast() {
  const notice = useNotice();
  if (!notice || notice.kind === 'info') return null;
  return (
    <div className={`toast toast--${notice.kind}`} role="alert" data-testid={notice.kind === 'refused' ? 'connection-refused' : 'error-toast'}>
      <svg className="toast__icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
        <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path d="M5 5l6 6M11 5l-6 6" stroke="currentColor" strokeWidth="1.5" />
      </svg>
      <span>
        {notice.kind === 'refused' && <strong>Connection refused: </strong>}
        {notice.text}
      </span>
      <button type="button" className="btn btn--ghost btn--small" onClick={dismissNotice} aria-label="Dismiss">
        Dismiss
      </button>
    </div>
  );
}
