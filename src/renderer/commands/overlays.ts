import type { Position } from '../../shared/model/pipeline';
import { createStore } from '../state/create-store';
import type { ContextTarget } from './registry';

/** Whether the command palette (Ctrl/Cmd+K) is open. */
export const commandPaletteStore = createStore(false);

/** Whether the keyboard and mouse help is open. */
export const shortcutsHelpStore = createStore(false);

/** An open context menu: what was right-clicked, where on screen, and the canvas point under it. */
export interface ContextMenuRequest {
  readonly target: ContextTarget;
  readonly screen: Position;
  readonly flow: Position;
}
export const contextMenuStore = createStore<ContextMenuRequest | undefined>(undefined);
