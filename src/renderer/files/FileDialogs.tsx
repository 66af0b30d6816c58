import { RecentFilesDialog } from './RecentFilesDialog';
import { RecoveryDialog } from './RecoveryDialog';
import { UnsavedChangesDialog } from './UnsavedChangesDialog';

/** The dialogs of file safety: unsaved changes (on top of the others it may interrupt), recent files, recovery. */
export function FileDialogs() {
  return (
    <>
      <RecentFilesDialog />
      <RecoveryDialog />
      <UnsavedChangesDialog />
    </>
  );
}
