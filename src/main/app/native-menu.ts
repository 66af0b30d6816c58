import { BrowserWindow, Menu, type MenuItemConstructorOptions, type WebContents } from 'electron';
import type { MenuModel } from '../../shared/ipc/menu-model';
import type { NativeMenu } from '../ipc/types';

/**
 * The native menu's template from the renderer's model. Shortcuts are shown but not registered
 * (`registerAccelerator: false`): the renderer handles the keys itself, so a shortcut typed in a
 * text field stays the field's (Ctrl+Z undoes typing) exactly as in the browser. On macOS the
 * application menu (About, Hide, Quit…) comes first.
 */
export function menuTemplate(model: MenuModel, onCommand: (id: string) => void, mac: boolean): MenuItemConstructorOptions[] {
  const menus: MenuItemConstructorOptions[] = model.menus.map((menu) => ({
    label: menu.label,
    submenu: menu.groups.flatMap((group, i) => [
      ...(i > 0 ? [{ type: 'separator' as const }] : []),
      ...group.map(
        (item): MenuItemConstructorOptions => ({
          id: item.id,
          label: item.label,
          enabled: item.enabled,
          ...(item.accelerator && { accelerator: item.accelerator, registerAccelerator: false }),
          click: () => onCommand(item.id),
        }),
      ),
    ]),
  }));
  return mac ? [{ role: 'appMenu' }, ...menus] : menus;
}

/** The menu of the window showing `contents` (on macOS, the application menu). */
export function nativeMenuFor(contents: WebContents): NativeMenu {
  return {
    set(model, onCommand) {
      const mac = process.platform === 'darwin';
      const menu = Menu.buildFromTemplate(menuTemplate(model, (id) => !contents.isDestroyed() && onCommand(id), mac));
      if (mac) Menu.setApplicationMenu(menu);
      else BrowserWindow.fromWebContents(contents)?.setMenu(menu);
    },
  };
}
