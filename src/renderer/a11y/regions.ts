import { useEffect } from 'react';

/** The window's regions in F6 order; each is a landmark with `data-region` and an aria-label. */
export const REGIONS = [
  { id: 'toolbar', label: 'Commands' },
  { id: 'palette', label: 'Palette' },
  { id: 'canvas', label: 'Canvas' },
  { id: 'bottom', label: 'Findings and simulation' },
  { id: 'inspector', label: 'Inspector' },
  { id: 'status', label: 'Status' },
] as const;
export type RegionId = (typeof REGIONS)[number]['id'];

const regionElement = (id: RegionId) => document.querySelector<HTMLElement>(`[data-region="${id}"]`);

/** Moves keyboard focus to a region (the landmark itself: Tab then walks into it). */
export function focusRegion(id: RegionId): void {
  regionElement(id)?.focus();
}

/** The region after (or before) the one holding `from`; the first (or last) when focus is in none. */
export function nextRegion(from: Element | null, backwards: boolean): RegionId {
  const current = from?.closest<HTMLElement>('[data-region]')?.dataset.region;
  const i = REGIONS.findIndex((r) => r.id === current);
  const n = REGIONS.length;
  const next = i === -1 ? (backwards ? n - 1 : 0) : (i + (backwards ? n - 1 : 1)) % n;
  return REGIONS[next]!.id;
}

/** F6 / Shift+F6 cycle focus through the regions, as in desktop applications. Not while a modal dialog is open. */
export function useRegionCycling(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'F6' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      focusRegion(nextRegion(document.activeElement, event.shiftKey));
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
