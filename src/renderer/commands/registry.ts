/**
 * User actions as registered commands: the toolbar, keyboard shortcuts, the menus (in-app menu bar,
 * or Electron's native menu), the context menus and the command palette all read this one registry,
 * so an action is defined once.
 */
export interface Shortcut {
  /** `KeyboardEvent.key`, case-insensitive for letters. Example: `z`, `Delete`. */
  readonly key: string;
  /** Ctrl on Windows and Linux, Cmd on macOS. */
  readonly mod?: boolean;
  readonly shift?: boolean;
  readonly alt?: boolean;
  /** Ctrl itself, on every platform (Ctrl+Y). */
  readonly ctrl?: boolean;
}

/** The menus of the menu bar, in order. */
export const MENUS = [
  { id: 'file', label: 'File' },
  { id: 'edit', label: 'Edit' },
  { id: 'view', label: 'View' },
  { id: 'arrange', label: 'Arrange' },
  { id: 'simulate', label: 'Simulate' },
  { id: 'help', label: 'Help' },
] as const;
export type MenuId = (typeof MENUS)[number]['id'];

/** Where a command sits in the menu bar: its menu, and a group (groups are separated by a line). */
export interface MenuPlace {
  readonly menu: MenuId;
  readonly group: string;
}

/** What a right-click was on: empty canvas, a node, or an edge. */
export type ContextTarget = 'canvas' | 'node' | 'edge';

/** How a command was invoked; a context menu passes the canvas point that was right-clicked. */
export interface Invocation {
  readonly at?: { readonly x: number; readonly y: number };
}

export interface Command {
  readonly id: string;
  readonly label: string;
  /** A shorter label for the toolbar button (its tooltip keeps `label`). */
  readonly toolbarLabel?: string;
  readonly shortcuts?: readonly Shortcut[];
  /** Whether the shortcut also fires while typing in a field (Save does; Undo leaves the field its own undo). */
  readonly allowInInputs?: boolean;
  readonly enabled?: () => boolean;
  readonly run: (invocation?: Invocation) => void | Promise<void>;
  /** Its place in the menu bar; without one it is reached by the toolbar, shortcuts and the palette only. */
  readonly menu?: MenuPlace;
  /** The context menus it appears in (right-click on the canvas, a node or an edge). */
  readonly contexts?: readonly ContextTarget[];
  /** Left out of the command palette (the palette's own command, for example). */
  readonly hiddenInPalette?: boolean;
}

export const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** A punctuation key such as `+` or `?`: whether Shift is needed to type it depends on the keyboard layout, so Shift is not checked. */
const isSymbol = (key: string) => key.length === 1 && !/[\p{L}\p{N} ]/u.test(key);

export function matchesShortcut(s: Shortcut, e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>, mac: boolean): boolean {
  const mod = mac ? e.metaKey : e.ctrlKey;
  const ctrlWanted = Boolean(s.ctrl) || (!mac && Boolean(s.mod));
  const metaWanted = mac && Boolean(s.mod);
  return (
    e.key.toLowerCase() === s.key.toLowerCase() &&
    (s.mod ? mod : true) &&
    e.ctrlKey === ctrlWanted &&
    e.metaKey === metaWanted &&
    (e.shiftKey === Boolean(s.shift) || (isSymbol(s.key) && !s.shift)) &&
    e.altKey === Boolean(s.alt)
  );
}

/** How a shortcut is written for the user. Example: `Ctrl+Shift+Z`, or `⇧⌘Z` on macOS. */
const KEY_TEXT: Record<string, string> = { ArrowUp: '↑', ArrowDown: '↓', ArrowLeft: '←', ArrowRight: '→', Escape: 'Esc' };

export function shortcutText(s: Shortcut, mac: boolean): string {
  const key = s.key.length === 1 ? s.key.toUpperCase() : s.key === 'Delete' ? (mac ? '⌦' : 'Del') : s.key === 'Backspace' && mac ? '⌫' : (KEY_TEXT[s.key] ?? s.key);
  if (mac) return `${s.ctrl ? '⌃' : ''}${s.alt ? '⌥' : ''}${s.shift ? '⇧' : ''}${s.mod ? '⌘' : ''}${key}`;
  return [s.ctrl || s.mod ? 'Ctrl' : '', s.alt ? 'Alt' : '', s.shift ? 'Shift' : '', key].filter(Boolean).join('+');
}

/** Whether a command can run now (a command without `enabled` always can). */
export const isEnabled = (command: Command): boolean => command.enabled?.() ?? true;

export interface Registry {
  readonly all: readonly Command[];
  get(id: string): Command | undefined;
  /** The enabled command whose shortcut this key event is, if any. */
  forEvent(e: KeyboardEvent, mac: boolean): Command | undefined;
}

/** The registry of these commands; two commands with one id are a programming error, refused at start. */
export function createRegistry(commands: readonly Command[]): Registry {
  const byId = new Map<string, Command>();
  for (const command of commands) {
    if (byId.has(command.id)) throw new Error(`Two commands are registered as "${command.id}"`);
    byId.set(command.id, command);
  }
  return {
    all: commands,
    get: (id) => byId.get(id),
    forEvent: (e, mac) => commands.find((c) => isEnabled(c) && c.shortcuts?.some((s) => matchesShortcut(s, e, mac))),
  };
}
