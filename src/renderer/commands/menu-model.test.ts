import { describe, expect, it } from 'vitest';
import { MenuModelSchema } from '../../shared/ipc/menu-model';
import { acceleratorOf, contextGroups, menuGroups, menuModelOf } from './menu-model';
import { createRegistry, type Command } from './registry';

let canUndo = false;
const COMMANDS: Command[] = [
  { id: 'new', label: 'New', run: () => {}, menu: { menu: 'file', group: 'new' } },
  { id: 'undo', label: 'Undo', shortcuts: [{ key: 'z', mod: true }], enabled: () => canUndo, run: () => {}, menu: { menu: 'edit', group: 'history' } },
  { id: 'copy', label: 'Copy', shortcuts: [{ key: 'c', mod: true }], run: () => {}, menu: { menu: 'edit', group: 'clipboard' }, contexts: ['node'] },
  { id: 'redo', label: 'Redo', shortcuts: [{ key: 'z', mod: true, shift: true }], run: () => {}, menu: { menu: 'edit', group: 'history' } },
  { id: 'fit', label: 'Fit view', shortcuts: [{ key: '0' }], run: () => {}, menu: { menu: 'view', group: 'zoom' }, contexts: ['canvas', 'node'] },
  { id: 'nudge', label: 'Nudge left', shortcuts: [{ key: 'ArrowLeft', shift: true }], run: () => {} },
];

describe('menus from the registry', () => {
  it('groups a menu’s commands by group, in order of first appearance', () => {
    expect(menuGroups(COMMANDS, 'edit').map((g) => g.map((c) => c.id))).toEqual([['undo', 'redo'], ['copy']]);
    expect(menuGroups(COMMANDS, 'help')).toEqual([]);
  });

  it('offers in a context menu the commands placed there, grouped by menu', () => {
    expect(contextGroups(COMMANDS, 'node').map((g) => g.map((c) => c.id))).toEqual([['copy'], ['fit']]);
    expect(contextGroups(COMMANDS, 'edge')).toEqual([]);
  });

  it('writes shortcuts as Electron accelerators', () => {
    expect(acceleratorOf({ key: 'z', mod: true, shift: true })).toBe('CmdOrCtrl+Shift+Z');
    expect(acceleratorOf({ key: 'y', ctrl: true })).toBe('Ctrl+Y');
    expect(acceleratorOf({ key: '+' })).toBe('Plus');
    expect(acceleratorOf({ key: 'ArrowLeft', shift: true })).toBe('Shift+Left');
    expect(acceleratorOf({ key: 'Delete' })).toBe('Delete');
  });

  it('sends main a model that fits the contract, with the enabled states of now', () => {
    const model = menuModelOf(COMMANDS);
    expect(MenuModelSchema.parse(model)).toEqual(model);
    expect(model.menus.map((m) => m.label)).toEqual(['File', 'Edit', 'View']);
    expect(model.menus[1]!.groups[0]![0]).toEqual({ id: 'undo', label: 'Undo', accelerator: 'CmdOrCtrl+Z', enabled: false });
    canUndo = true;
    expect(menuModelOf(COMMANDS).menus[1]!.groups[0]![0]!.enabled).toBe(true);
  });

  it('refuses two commands with one id', () => {
    expect(() => createRegistry([COMMANDS[0]!, COMMANDS[0]!])).toThrow('Two commands are registered as "new"');
  });
});
