import type { Command } from '../commands/registry';
import { setTheme, themeStore, THEME_CHOICES, type ThemeChoice } from './theme';

const LABELS: Record<ThemeChoice, string> = { system: 'Theme: Follow System', light: 'Theme: Light', dark: 'Theme: Dark' };

/** Theme: Follow System / Light / Dark; the current choice is the disabled one. */
export const THEME_COMMANDS: readonly Command[] = THEME_CHOICES.map((choice) => ({
  id: `theme-${choice}`,
  label: LABELS[choice],
  enabled: () => themeStore.get() !== choice,
  run: () => setTheme(choice),
  menu: { menu: 'view', group: 'theme' },
}));
