import { join } from 'node:path';
import { FileWatchers } from './file-watchers';
import { RecentFiles } from './recent-files';
import { RecoveryStore } from './recovery-store';

/** Main's per-process file state, kept in the user-data folder: shared by every window or page. */
export interface FileServices {
  readonly userDataDir: string;
  readonly recent: RecentFiles;
  readonly recovery: RecoveryStore;
  readonly watchers: FileWatchers;
}

export function createFileServices(userDataDir: string): FileServices {
  return {
    userDataDir,
    recent: new RecentFiles(userDataDir),
    recovery: new RecoveryStore(join(userDataDir, 'recovery')),
    watchers: new FileWatchers(),
  };
}
