import { useMemo, useState } from 'react';
import type { KindId } from '../../shared/catalog/registry';
import { PaletteItem } from './PaletteItem';
import { paletteGroups } from './palette-model';
import { useAddAtCentre } from '../canvas/useAddNode';
import './palette.css';

/** Searchable list of node kinds by category; drag one onto the canvas, or press Enter to add it in the middle. */
export function Palette() {
  const [query, setQuery] = useState('');
  const groups = useMemo(() => paletteGroups(query), [query]);
  const addAtCentre = useAddAtCentre();
  return (
    <div className="palette">
      <div className="pane-header">Services</div>
      <div className="palette__search">
        <input
          className="input"
          type="search"
          placeholder="Search services"
          aria-label="Search services"
          data-testid="palette-search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      <div className="palette__list">
        {groups.map((group) => (
          <section key={group.id} className="palette__group" aria-label={group.title}>
            <h3 className="palette__group-title">{group.title}</h3>
            <ul role="list">
              {group.kinds.map((kind) => (
                <PaletteItem key={kind.id} kind={kind} onAdd={() => addAtCentre(kind.id as KindId)} />
              ))}
            </ul>
          </section>
        ))}
        {groups.length === 0 && <p className="empty">No service matches “{query}”.</p>}
      </div>
    </div>
  );
}
