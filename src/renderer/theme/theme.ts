import { createStore, useStore } from '../state/create-store';

export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

const STORAGE_KEY = 'pipewright.theme';

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

/**
 * The colours are CSS variables written with `light-dark()` (styles/theme.css), so the root's
 * `color-scheme` picks the palette: `light dark` follows the OS, one value forces it.
 */
export function applyTheme(choice: ThemeChoice, root: HTMLElement = document.documentElement): void {
  root.dataset.theme = choice;
  root.style.colorScheme = choice === 'system' ? 'light dark' : choice;
}

export function setTheme(choice: ThemeChoice): void {
  themeStore.set(choice);
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, choice);
  } catch {
    // Storage can be disabled: the choice then lasts for this session only.
  }
}

/** Applies the stored choice now and every later one. */
export function startTheme(): void {
  applyTheme(themeStore.get());
  themeStore.subscribe(() => applyTheme(themeStore.get()));
}
