/**
 * User actions as registered commands: the toolbar, keyboard shortcuts (and later menus and a
 * command palette) all read this one registry, so an action is defined once.
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

export interface Command {
  readonly id: string;
  readonly label: string;
  /** A shorter label for the toolbar button (its tooltip keeps `label`). */
  readonly toolbarLabel?: string;
  readonly shortcuts?: readonly Shortcut[];
  /** Whether the shortcut also fires while typing in a field (Save does; Undo leaves the field its own undo). */
  readonly allowInInputs?: boolean;
  readonly enabled?: () => boolean;
  readonly run: () => void | Promise<void>;
}

export const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

export function matchesShortcut(s: Shortcut, e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>, mac: boolean): boolean {
  const mod = mac ? e.metaKey : e.ctrlKey;
  const ctrlWanted = Boolean(s.ctrl) || (!mac && Boolean(s.mod));
  const metaWanted = mac && Boolean(s.mod);
  return (
    e.key.toLowerCase() === s.key.toLowerCase() &&
    (s.mod ? mod : true) &&
    e.ctrlKey === ctrlWanted &&
    e.metaKey === metaWanted &&
    e.shiftKey === Boolean(s.shift) &&
    e.altKey === Boolean(s.alt)
  );
}

/** How a shortcut is written for the user. Example: `Ctrl+Shift+Z`, or `⇧⌘Z` on macOS. */
export function shortcutText(s: Shortcut, mac: boolean): string {
  const key = s.key.length === 1 ? s.key.toUpperCase() : s.key === 'Delete' ? (mac ? '⌦' : 'Del') : s.key;
  if (mac) return `${s.ctrl ? '⌃' : ''}${s.alt ? '⌥' : ''}${s.shift ? '⇧' : ''}${s.mod ? '⌘' : ''}${key}`;
  return [s.ctrl || s.mod ? 'Ctrl' : '', s.alt ? 'Alt' : '', s.shift ? 'Shift' : '', key].filter(Boolean).join('+');
}

export interface Registry {
  readonly all: readonly Command[];
  get(id: string): Command | undefined;
  /** The enabled command whose shortcut this key event is, if any. */
  forEvent(e: KeyboardEvent, mac: boolean): Command | undefined;
}

export function createRegistry(commands: readonly Command[]): Registry {
  const byId = new Map(commands.map((c) => [c.id, c]));
  return {
    all: commands,
    get: (id) => byId.get(id),
    forEvent: (e, mac) => commands.find((c) => (c.enabled?.() ?? true) && c.shortcuts?.some((s) => matchesShortcut(s, e, mac))),
  };
}
