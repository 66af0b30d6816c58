import { useEffect, useRef, useState } from 'react';
import { transportKind } from '../api/client';
import { registry } from './app-commands';
import { menuGroups } from './menu-model';
import { MenuList } from './MenuList';
import { MENUS, type MenuId } from './registry';

/**
 * File / Edit / View / Simulate / Help, from the command registry. In Electron the native
 * application menu shows the same model (useNativeMenu), so this bar is drawn in the browser only.
 */
export function MenuBar() {
  const [open, setOpen] = useState<MenuId | undefined>(undefined);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) setOpen(undefined);
    };
    window.addEventListener('pointerdown', onPointerDown, true);
    return () => window.removeEventListener('pointerdown', onPointerDown, true);
  }, [open]);
  if (transportKind === 'electron') return null;

  const closeAndFocus = (id: MenuId) => {
    setOpen(undefined);
    ref.current?.querySelector<HTMLButtonElement>(`[data-menu="${id}"]`)?.focus();
  };
  const sideways = (from: MenuId, step: 1 | -1) => {
    const i = MENUS.findIndex((m) => m.id === from);
    setOpen(MENUS[(i + step + MENUS.length) % MENUS.length]!.id);
  };

  return (
    <div className="menubar" role="menubar" aria-label="Menu bar" ref={ref} data-testid="menubar">
      {MENUS.map((menu) => (
        <div className="menubar__menu" key={menu.id}>
          <button
            type="button"
            className="menubar__button"
            role="menuitem"
            aria-haspopup="menu"
            aria-expanded={open === menu.id}
            data-menu={menu.id}
            data-testid={`menubar-${menu.id}`}
            onClick={() => setOpen(open === menu.id ? undefined : menu.id)}
            onMouseEnter={() => open && open !== menu.id && setOpen(menu.id)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown' || e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                setOpen(menu.id);
              }
            }}
          >
            {menu.label}
          </button>
          {open === menu.id && (
            <MenuList
              groups={menuGroups(registry.all, menu.id)}
              label={menu.label}
              testId={`menu-${menu.id}`}
              className="menubar__dropdown"
              onClose={() => closeAndFocus(menu.id)}
              onSideways={(step) => sideways(menu.id, step)}
              onRun={(command) => {
                setOpen(undefined);
                void command.run();
              }}
            />
          )}
        </div>
      ))}
    </div>
  );
}
