import type { RecentFile } from '../../shared/ipc/file-safety-channels';
import { api } from '../api/client';
import { createStore } from '../state/create-store';

/** The Open Recent dialog: closed, loading, or main's list (newest first). */
export type RecentFilesState = { status: 'closed' } | { status: 'loading' } | { status: 'ready'; files: readonly RecentFile[] } | { status: 'error'; message: string };

export const recentFilesStore = createStore<RecentFilesState>({ status: 'closed' });

/** File › Open Recent: asks main for the list (it checks which files still exist) and shows it. */
export async function showRecentFiles(): Promise<void> {
  recentFilesStore.set({ status: 'loading' });
  try {
    const { files } = await api.recentFiles({});
    if (recentFilesStore.get().status === 'loading') recentFilesStore.set({ status: 'ready', files });
  } catch (error) {
    if (recentFilesStore.get().status === 'loading') recentFilesStore.set({ status: 'error', message: (error as Error).message });
  }
}

export const closeRecentFiles = () => recentFilesStore.set({ status: 'closed' });
