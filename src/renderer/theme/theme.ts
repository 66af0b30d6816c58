import { createStore, useStore } from '../state/create-store';

export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];
export type ColorScheme = 'light' | 'dark';

const STORAGE_KEY = 'pipewright.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

function readChoice(storage: Pick<Storage, 'getItem'> | undefined): ThemeChoice {
  try {
    const saved = storage?.getItem(STORAGE_KEY);
    return THEME_CHOICES.includes(saved as ThemeChoice) ? (saved as ThemeChoice) : 'system';
  } catch {
    return 'system';
  }
}

/** The user's theme: follow the OS (`prefers-color-scheme`), or always light or dark. Remembered in localStorage. */
export const themeStore = createStore<ThemeChoice>(readChoice(globalThis.localStorage));
export const useThemeChoice = () => useStore(themeStore);

export const schemeFor = (choice: ThemeChoice, osPrefersDark: boolean): ColorScheme => (choice === 'system' ? (osPrefersDark ? 'dark' : 'light') : choice);

/**
 * styles/theme.css keys the palette on `data-scheme` (CSS `light-dark()` cannot be used: Chromium
 * resolves it in custom properties from the OS preference, ignoring a forced `color-scheme`).
 */
export function applyTheme(choice: ThemeChoice, osPrefersDark: boolean, root: HTMLElement = document.documentElement): void {
  root.dataset.theme = choice;
  root.dataset.scheme = schemeFor(choice, osPrefersDark);
}

export function setTheme(choice: ThemeChoice): void {
  themeStore.set(choice);
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, choice);
  } catch {
    // Storage can be disabled: the choice then lasts for this session only.
  }
}

/** Applies the stored choice now, and again when the choice or the OS preference changes. */
export function startTheme(): void {
  const os = window.matchMedia(DARK_QUERY);
  const apply = () => applyTheme(themeStore.get(), os.matches);
  apply();
  themeStore.subscribe(apply);
  os.addEventListener('change', apply);
}
