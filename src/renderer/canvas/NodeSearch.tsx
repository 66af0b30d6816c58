import { useMemo, useState, type KeyboardEvent } from 'react';
import { createStore, useStore } from '../state/create-store';
import { documentStore, useDocument } from '../state/document';
import { searchNodes } from '../state/node-search';
import { select } from '../state/selection';
import { frameNodes } from './focus';
import './search.css';

/** Whether the find box is open (Ctrl/Cmd+F). */
export const searchOpenStore = createStore(false);
export const openSearch = () => searchOpenStore.set(true);
const closeSearch = () => searchOpenStore.set(false);

/** Selects the node and centres the view on it. */
function goTo(nodeId: string): void {
  if (!documentStore.getState().pipeline.nodes.some((n) => n.id === nodeId)) return;
  select({ nodeIds: [nodeId] });
  frameNodes([nodeId]);
  closeSearch();
}

function SearchBox() {
  const nodes = useDocument((s) => s.pipeline.nodes);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const results = useMemo(() => searchNodes(nodes, query), [nodes, query]);
  const current = Math.min(active, Math.max(0, results.length - 1));

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') closeSearch();
    else if (event.key === 'ArrowDown') setActive(Math.min(current + 1, results.length - 1));
    else if (event.key === 'ArrowUp') setActive(Math.max(current - 1, 0));
    else if (event.key === 'Enter' && results[current]) goTo(results[current].id);
    else return;
    event.preventDefault();
  };

  return (
    <div className="node-search" data-testid="node-search" role="search">
      <input
        className="input node-search__input"
        data-testid="node-search-input"
        autoFocus
        placeholder="Find a node by name, id or service"
        aria-label="Find a node"
        aria-controls="node-search-results"
        aria-activedescendant={results[current] ? `node-search-${results[current].id}` : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={(e) => {
          if (!e.currentTarget.parentElement?.contains(e.relatedTarget)) closeSearch();
        }}
      />
      {query.trim() !== '' && (
        <ul className="node-search__results" id="node-search-results" role="listbox" aria-label="Matching nodes">
          {results.length === 0 && <li className="node-search__empty">No node matches “{query.trim()}”</li>}
          {results.map((r, i) => (
            <li
              key={r.id}
              id={`node-search-${r.id}`}
              role="option"
              aria-selected={i === current}
              className={`node-search__result${i === current ? ' is-active' : ''}`}
              data-testid={`node-search-result-${r.id}`}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => goTo(r.id)}
            >
              <span className="node-search__label">{r.label || r.id}</span>
              <span className="node-search__kind">
                {r.kindTitle}
                {r.field === 'id' ? ` · ${r.id}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The find box at the top of the canvas, while open. */
export function NodeSearch() {
  const open = useStore(searchOpenStore);
  return open ? <SearchBox /> : null;
}
