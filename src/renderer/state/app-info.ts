import type { ChannelOutput } from '../../shared/ipc/contract';
import { createStore, useStore } from './create-store';

export type AppInfo = ChannelOutput<'app:info'>;

/** What main said about itself at start (native dialogs or not, the documents folder). */
export const appInfoStore = createStore<AppInfo | undefined>(undefined);
export const useAppInfo = () => useStore(appInfoStore);
