import { useMemo, useState } from 'react';
import type { KindId } from '../../shared/catalog/registry';
import { useAddAtCentre } from '../canvas/useAddNode';
import { PaletteGroupView } from './PaletteGroup';
import { paletteGroups } from './palette-model';
import './palette.css';

/**
 * Searchable list of node kinds by category (collapsible; a search shows every match); drag one
 * onto the canvas, or press Enter to add it in the middle. The list scrolls on its own.
 */
export function Palette() {
  const [query, setQuery] = useState('');
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());
  const groups = useMemo(() => paletteGroups(query), [query]);
  const addAtCentre = useAddAtCentre();
  const searching = query.trim() !== '';
  const matches = groups.reduce((n, g) => n + g.kinds.length, 0);
  const toggle = (id: string) =>
    setCollapsed((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return (
    <div className="palette">
      <div className="pane-header">
        Services
        {searching && (
          <span className="palette__matches" data-testid="palette-matches">
            {matches} found
          </span>
        )}
      </div>
      <div className="palette__search">
        <input
          className="input"
          type="search"
          placeholder="Search services"
          aria-label="Search services"
          data-testid="palette-search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && query) {
              e.preventDefault();
              setQuery('');
            }
          }}
        />
      </div>
      <div className="palette__list" data-testid="palette-list">
        {groups.map((group) => (
          <PaletteGroupView
            key={group.id}
            group={group}
            open={searching || !collapsed.has(group.id)}
            onToggle={searching ? undefined : () => toggle(group.id)}
            onAdd={(kind) => addAtCentre(kind as KindId)}
          />
        ))}
        {groups.length === 0 && <p className="empty">No service matches “{query}”.</p>}
      </div>
    </div>
  );
}
