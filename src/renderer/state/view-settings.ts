import { createStore, useStore } from './create-store';

/** The canvas grid, in canvas units: node drags snap to it when snapping is on, and the background draws it. */
export const GRID_SIZE = 20;

/** How the canvas is shown: not part of the document, kept between sessions in this browser profile. */
export interface ViewSettings {
  readonly snapToGrid: boolean;
  readonly minimap: boolean;
}

const STORAGE_KEY = 'pipewright.view';
const DEFAULTS: ViewSettings = { snapToGrid: false, minimap: true };

function load(): ViewSettings {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Partial<ViewSettings>;
    return { snapToGrid: saved.snapToGrid === true, minimap: saved.minimap !== false };
  } catch {
    return DEFAULTS;
  }
}

export const viewSettingsStore = createStore<ViewSettings>(typeof localStorage === 'undefined' ? DEFAULTS : load());

viewSettingsStore.subscribe(() => {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(viewSettingsStore.get()));
  } catch {
    // Storage may be unavailable (private mode): the setting then lasts for this session.
  }
});

export const useViewSettings = () => useStore(viewSettingsStore);

export function toggleViewSetting(key: keyof ViewSettings): void {
  viewSettingsStore.set((s) => ({ ...s, [key]: !s[key] }));
}
