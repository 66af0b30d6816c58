import { describe, expect, it, vi } from 'vitest';
import type { MenuModel } from '../../shared/ipc/menu-model';
import { testHandlerContext } from '../ipc/testing';

// Electron is mocked: the test checks the template main builds and where the menu goes.
const built: { template: unknown[] }[] = [];
const windowMenu = vi.fn();
vi.mock('electron', () => ({
  Menu: {
    buildFromTemplate: (template: unknown[]) => (built.push({ template }), { template }),
    setApplicationMenu: vi.fn(),
  },
  BrowserWindow: { fromWebContents: () => ({ setMenu: windowMenu }) },
}));

const { menuTemplate, nativeMenuFor } = await import('./native-menu');
const { menuHandlers } = await import('../ipc/handlers/menu');

const MODEL: MenuModel = {
  menus: [
    {
      id: 'edit',
      label: 'Edit',
      groups: [
        [
          { id: 'undo', label: 'Undo', accelerator: 'CmdOrCtrl+Z', enabled: false },
          { id: 'redo', label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z', enabled: true },
        ],
        [{ id: 'select-all', label: 'Select all', enabled: true }],
      ],
    },
  ],
};

type Item = { id?: string; label?: string; type?: string; enabled?: boolean; accelerator?: string; registerAccelerator?: boolean; click?: () => void; role?: string };

describe('the native menu', () => {
  it('is built from the renderer’s model: labels, separators, shortcuts shown, enabled states', () => {
    const clicked: string[] = [];
    const [edit] = menuTemplate(MODEL, (id) => clicked.push(id), false) as { label: string; submenu: Item[] }[];
    expect(edit!.label).toBe('Edit');
    expect(edit!.submenu.map((i) => i.type ?? i.id)).toEqual(['undo', 'redo', 'separator', 'select-all']);
    expect(edit!.submenu[0]).toMatchObject({ label: 'Undo', enabled: false, accelerator: 'CmdOrCtrl+Z', registerAccelerator: false });
    expect(edit!.submenu[3]).not.toHaveProperty('accelerator');
    edit!.submenu[1]!.click!();
    expect(clicked).toEqual(['redo']);
  });

  it('starts with the application menu on macOS', () => {
    expect((menuTemplate(MODEL, () => {}, true)[0] as Item).role).toBe('appMenu');
  });

  it('menu:set sets the calling window’s menu, and a click is sent back as menu:command', async () => {
    const sent: unknown[] = [];
    const contents = { isDestroyed: () => false };
    const ctx = testHandlerContext({ transport: 'electron', client: 'w1', nativeMenu: nativeMenuFor(contents as never), emit: (...args: unknown[]) => void sent.push(args) });
    expect(await menuHandlers['menu:set'](MODEL, ctx)).toEqual({ applied: true });
    if (process.platform !== 'darwin') expect(windowMenu).toHaveBeenCalledTimes(1);
    const edit = (built.at(-1)!.template as { submenu: Item[] }[]).find((m) => (m as Item).label === 'Edit')!;
    edit.submenu.find((i) => i.id === 'redo')!.click!();
    expect(sent).toEqual([['menu:command', { id: 'redo' }]]);
  });

  it('menu:set does nothing where there is no native menu (the web host)', async () => {
    expect(await menuHandlers['menu:set'](MODEL, testHandlerContext())).toEqual({ applied: false });
  });
});
