import { createStore, useStore } from '../state/create-store';
import type { FindingsViewOptions } from './findings-view';

/** How the user arranged the findings panel; kept while the panel is hidden (another tab), not saved. */
export interface FindingsPanelOptions extends FindingsViewOptions {
  /** Whether the "Suppressed (n)" group is open. */
  readonly suppressedOpen: boolean;
}

export const findingsOptionsStore = createStore<FindingsPanelOptions>({ groupBy: 'severity', sortBy: 'code', filter: '', suppressedOpen: false });
export const useFindingsOptions = () => useStore(findingsOptionsStore);

export function setFindingsOption<K extends keyof FindingsPanelOptions>(key: K, value: FindingsPanelOptions[K]): void {
  findingsOptionsStore.set((o) => (o[key] === value ? o : { ...o, [key]: value }));
}
