import { describe, expect, it } from 'vitest';
import { applyTheme, schemeFor } from './theme';

describe('theme', () => {
  it('follows the OS unless the user chose light or dark', () => {
    expect(schemeFor('system', true)).toBe('dark');
    expect(schemeFor('system', false)).toBe('light');
    expect(schemeFor('light', true)).toBe('light');
    expect(schemeFor('dark', false)).toBe('dark');
  });

  it('marks the root with the choice and the scheme the stylesheet keys on', () => {
    const root = { dataset: {} as Record<string, string> };
    applyTheme('system', true, root as unknown as HTMLElement);
    expect(root.dataset).toEqual({ theme: 'system', scheme: 'dark' });
    applyTheme('light', true, root as unknown as HTMLElement);
    expect(root.dataset).toEqual({ theme: 'light', scheme: 'light' });
  });
});
