import { openPath } from '../commands/file-actions';
import { Modal } from '../dialogs/Modal';
import { useStore } from '../state/create-store';
import { baseName } from '../util/paths';
import { closeRecentFiles, recentFilesStore } from './recent-files';
import './files.css';

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** File › Open Recent: the last pipelines opened or saved; a file that is gone is listed but cannot be chosen. */
export function RecentFilesDialog() {
  const state = useStore(recentFilesStore);
  if (state.status === 'closed') return null;
  const choose = (path: string) => {
    closeRecentFiles();
    void openPath(path);
  };
  return (
    <Modal title="Open recent" testId="recent-dialog" size="medium" onCancel={closeRecentFiles}>
      {state.status === 'loading' && <p className="modal__text">Loading…</p>}
      {state.status === 'error' && (
        <p className="modal__text modal__error" role="alert">
          {state.message}
        </p>
      )}
      {state.status === 'ready' && state.files.length === 0 && (
        <p className="modal__text" data-testid="recent-empty">
          No recent pipelines yet. Files you open or save are listed here.
        </p>
      )}
      {state.status === 'ready' && state.files.length > 0 && (
        <ul className="recent" role="list">
          {state.files.map((file) => (
            <li key={file.path}>
              <button
                type="button"
                className="recent__item"
                data-testid="recent-file"
                data-path={file.path}
                disabled={!file.exists}
                title={file.exists ? `Open ${file.path}` : `${file.path} is no longer there (moved or deleted)`}
                onClick={() => choose(file.path)}
              >
                <span className="recent__name">{baseName(file.path)}</span>
                <span className="recent__path">{file.path}</span>
                <span className="recent__when">{file.exists ? when(file.openedAt) : 'missing'}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </Modal>
  );
}
