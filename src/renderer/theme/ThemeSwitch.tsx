import { setTheme, THEME_CHOICES, useThemeChoice, type ThemeChoice } from './theme';

const TITLES: Record<ThemeChoice, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/** The theme choice in the status line: follow the OS, or always light or dark. */
export function ThemeSwitch() {
  const choice = useThemeChoice();
  return (
    <label className="status__item status__theme">
      <span>Theme</span>
      <select className="status__select" value={choice} onChange={(e) => setTheme(e.target.value as ThemeChoice)} data-testid="theme-select" aria-label="Theme">
        {THEME_CHOICES.map((c) => (
          <option key={c} value={c}>
            {TITLES[c]}
          </option>
        ))}
      </select>
    </label>
  );
}
