import { useStore } from '../state/create-store';
import { useDocument } from '../state/document';
import { diskChangeStore, keepMine, reloadFromDisk } from './disk-changes';
import './files.css';

/** Across the top of the canvas when another program changed or removed the open file. */
export function DiskChangeBar() {
  const change = useStore(diskChangeStore);
  const dirty = useDocument((s) => s.dirty);
  if (!change) return null;
  return (
    <div className="disk-bar" role="alert" data-testid="disk-change-bar">
      <span className="disk-bar__text">
        {change.removed
          ? 'The file was removed or renamed on disk. Save to write it again.'
          : dirty
            ? 'The file changed on disk. Reload it (your unsaved changes are lost), or keep yours (saving overwrites the other version).'
            : 'The file changed on disk.'}
      </span>
      {!change.removed && (
        <button type="button" className="btn btn--small btn--primary" onClick={() => void reloadFromDisk()} data-testid="disk-reload">
          Reload
        </button>
      )}
      <button type="button" className="btn btn--small" onClick={keepMine} data-testid="disk-keep">
        {change.removed ? 'Dismiss' : 'Keep mine'}
      </button>
    </div>
  );
}
