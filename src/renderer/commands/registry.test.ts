import { describe, expect, it } from 'vitest';
import { createRegistry, matchesShortcut, shortcutText } from './registry';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('command registry', () => {
  it('matches Mod as Ctrl off macOS and Cmd on macOS', () => {
    const undo = { key: 'z', mod: true };
    expect(matchesShortcut(undo, key('z', { ctrlKey: true }), false)).toBe(true);
    expect(matchesShortcut(undo, key('z', { metaKey: true }), false)).toBe(false);
    expect(matchesShortcut(undo, key('z', { metaKey: true }), true)).toBe(true);
    expect(matchesShortcut(undo, key('Z', { ctrlKey: true, shiftKey: true }), false)).toBe(false);
    expect(matchesShortcut({ key: 'z', mod: true, shift: true }, key('Z', { ctrlKey: true, shiftKey: true }), false)).toBe(true);
    expect(matchesShortcut({ key: 'y', ctrl: true }, key('y', { ctrlKey: true }), true)).toBe(true);
    expect(matchesShortcut({ key: 'Delete' }, key('Delete'), false)).toBe(true);
    // `+` needs Shift on some layouts and not on others (or the keypad): Shift is not checked for punctuation.
    expect(matchesShortcut({ key: '+' }, key('+', { shiftKey: true }), false)).toBe(true);
    expect(matchesShortcut({ key: '+' }, key('+'), false)).toBe(true);
    expect(matchesShortcut({ key: 'a', mod: true }, key('A', { ctrlKey: true, shiftKey: true }), false)).toBe(false);
    expect(matchesShortcut({ key: 'ArrowLeft' }, key('ArrowLeft', { shiftKey: true }), false)).toBe(false);
  });

  it('writes shortcuts per platform', () => {
    expect(shortcutText({ key: 'z', mod: true, shift: true }, false)).toBe('Ctrl+Shift+Z');
    expect(shortcutText({ key: 'z', mod: true, shift: true }, true)).toBe('⇧⌘Z');
  });

  it('finds only enabled commands', () => {
    let enabled = false;
    const registry = createRegistry([{ id: 'undo', label: 'Undo', shortcuts: [{ key: 'z', mod: true }], enabled: () => enabled, run: () => {} }]);
    const event = key('z', { ctrlKey: true }) as KeyboardEvent;
    expect(registry.forEvent(event, false)).toBeUndefined();
    enabled = true;
    expect(registry.forEvent(event, false)?.id).toBe('undo');
    expect(registry.get('undo')?.label).toBe('Undo');
  });
});
