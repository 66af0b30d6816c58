import { describe, expect, it } from 'vitest';
import { formatShare, loadLevel, LOAD_AMBER_FROM, LOAD_RED_ABOVE } from './load-level';

describe('load colour bands', () => {
  it('are green below 60 %, amber from 60 % up to and including 85 %, red above', () => {
    expect(LOAD_AMBER_FROM).toBe(0.6);
    expect(LOAD_RED_ABOVE).toBe(0.85);
    expect(loadLevel(0)).toBe('ok');
    expect(loadLevel(0.599)).toBe('ok');
    expect(loadLevel(0.6)).toBe('busy');
    expect(loadLevel(0.85)).toBe('busy');
    expect(loadLevel(0.851)).toBe('over');
    expect(loadLevel(1.5)).toBe('over');
  });

  it('writes a share as whole percent', () => {
    expect(formatShare(0.734)).toBe('73 %');
    expect(formatShare(1.5)).toBe('150 %');
  });
});
