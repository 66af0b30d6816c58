import { describe, expect, it } from 'vitest';
import { filterCommands, matchScore } from './palette-filter';
import type { Command } from './registry';

const command = (id: string, label: string, extra: Partial<Command> = {}): Command => ({ id, label, run: () => {}, ...extra });
const commands = [
  command('save', 'Save'),
  command('save-as', 'Save As…'),
  command('select-all', 'Select all'),
  command('paste', 'Paste'),
  command('fit-view', 'Fit view'),
  command('command-palette', 'Command palette…', { hiddenInPalette: true }),
];
const ids = (query: string) => filterCommands(commands, query).map((c) => c.id);

describe('command palette filter', () => {
  it('lists every command but itself when empty, in registry order', () => {
    expect(ids('')).toEqual(['save', 'save-as', 'select-all', 'paste', 'fit-view']);
  });

  it('ranks a whole-word run first, then fuzzy matches of the letters in order', () => {
    expect(ids('save')).toEqual(['save', 'save-as']);
    expect(ids('all')).toEqual(['select-all']);
    expect(ids('sva')).toEqual(['save-as']);
    expect(ids('fv')).toEqual(['fit-view']);
    expect(ids('PASTE')).toEqual(['paste']);
  });

  it('drops commands missing a letter', () => {
    expect(ids('zz')).toEqual([]);
    expect(matchScore('Paste', 'pz')).toBeUndefined();
  });
});
