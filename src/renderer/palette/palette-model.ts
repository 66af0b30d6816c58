import { CATEGORIES } from '../../shared/catalog/types';
import { KINDS } from '../../shared/catalog/registry';
import type { KindDefinition } from '../../shared/catalog/types';

/** The drag-and-drop type carrying a kind id from the palette to the canvas. */
export const KIND_MIME = 'application/x-pipewright-kind';

export interface PaletteGroup {
  id: string;
  title: string;
  kinds: KindDefinition[];
}

/** Kinds matching every word of `query` (in title, short title, id or summary), grouped by category in palette order. */
export function paletteGroups(query: string): PaletteGroup[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const all: KindDefinition[] = Object.values(KINDS);
  const matches = (k: KindDefinition) => {
    const text = `${k.title} ${k.shortTitle} ${k.id} ${k.summary}`.toLowerCase();
    return words.every((w) => text.includes(w));
  };
  return CATEGORIES.map((c) => ({ id: c.id, title: c.title, kinds: all.filter((k) => k.category === c.id && matches(k)) })).filter((g) => g.kinds.length > 0);
}
