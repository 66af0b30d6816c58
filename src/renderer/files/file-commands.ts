import type { Command } from '../commands/registry';
import { showRecentFiles } from './recent-files';

/** File › Open Recent, as a dialog listing the last pipelines opened or saved. */
export const FILE_SAFETY_COMMANDS: readonly Command[] = [{ id: 'open-recent', label: 'Open Recent…', toolbarLabel: 'Recent…', run: showRecentFiles, menu: { menu: 'file', group: 'open' } }];
