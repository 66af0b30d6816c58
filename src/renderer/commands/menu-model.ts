import type { MenuModel } from '../../shared/ipc/menu-model';
import { isEnabled, MENUS, type Command, type ContextTarget, type MenuId, type Shortcut } from './registry';

/** Commands grouped as a menu shows them: in registry order, one list per group, groups in order of first appearance. */
export function groupsOf(commands: readonly Command[]): Command[][] {
  const groups = new Map<string, Command[]>();
  for (const command of commands) {
    const group = command.menu?.group ?? '';
    const list = groups.get(group) ?? [];
    list.push(command);
    groups.set(group, list);
  }
  return [...groups.values()];
}

/** The commands of one menu of the menu bar, grouped. */
export const menuGroups = (commands: readonly Command[], menu: MenuId): Command[][] => groupsOf(commands.filter((c) => c.menu?.menu === menu));

/** The commands a right-click on `target` offers, grouped by their menu (Edit, View…) in menu bar order. */
export function contextGroups(commands: readonly Command[], target: ContextTarget): Command[][] {
  const offered = commands.filter((c) => c.contexts?.includes(target));
  return MENUS.map((m) => offered.filter((c) => c.menu?.menu === m.id))
    .concat([offered.filter((c) => !c.menu)])
    .filter((g) => g.length > 0);
}

const ACCELERATOR_KEYS: Record<string, string> = { ArrowUp: 'Up', ArrowDown: 'Down', ArrowLeft: 'Left', ArrowRight: 'Right', '+': 'Plus', ' ': 'Space' };

/** A shortcut as Electron's accelerator text. Example: `{ key: 'z', mod: true, shift: true }` → `CmdOrCtrl+Shift+Z`. */
export function acceleratorOf(s: Shortcut): string {
  const key = ACCELERATOR_KEYS[s.key] ?? (s.key.length === 1 ? s.key.toUpperCase() : s.key);
  return [s.mod && 'CmdOrCtrl', s.ctrl && 'Ctrl', s.alt && 'Alt', s.shift && 'Shift', key].filter(Boolean).join('+');
}

/** The menu bar as serialisable data for Electron's native menu (labels, first shortcut, enabled state now). */
export function menuModelOf(commands: readonly Command[]): MenuModel {
  return {
    menus: MENUS.map((m) => ({
      id: m.id,
      label: m.label,
      groups: menuGroups(commands, m.id).map((group) =>
        group.map((c) => ({ id: c.id, label: c.label, enabled: isEnabled(c), ...(c.shortcuts?.[0] && { accelerator: acceleratorOf(c.shortcuts[0]) }) })),
      ),
    })).filter((m) => m.groups.length > 0),
  };
}
