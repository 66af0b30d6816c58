import { useMemo, useState, type KeyboardEvent } from 'react';
import { Modal } from '../dialogs/Modal';
import { useStore } from '../state/create-store';
import { useDocument } from '../state/document';
import { useSelection } from '../state/selection';
import { registry } from './app-commands';
import { commandPaletteStore } from './overlays';
import { filterCommands } from './palette-filter';
import { isEnabled, isMac, shortcutText, type Command } from './registry';
import './command-palette.css';

const mac = isMac();

function PaletteList({ onRun }: { onRun: (command: Command) => void }) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  // Enabled states follow the document and the selection.
  useDocument((s) => s.revision);
  useSelection();
  const found = useMemo(() => filterCommands(registry.all, query), [query]);
  const current = Math.min(active, found.length - 1);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
    if (step !== 0 && found.length > 0) {
      e.preventDefault();
      setActive((current + step + found.length) % found.length);
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      setActive(e.key === 'Home' ? 0 : found.length - 1);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const command = found[current];
      if (command && isEnabled(command)) onRun(command);
    }
  };

  return (
    <div className="cmdk">
      <input
        className="input cmdk__input"
        data-testid="command-palette-input"
        placeholder="Type a command…"
        aria-label="Command"
        role="combobox"
        aria-expanded="true"
        aria-controls="cmdk-list"
        aria-autocomplete="list"
        aria-activedescendant={found[current] ? `cmdk-${found[current].id}` : undefined}
        autoFocus
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul className="cmdk__list" id="cmdk-list" role="listbox" aria-label="Commands" data-testid="command-palette-list">
        {found.map((command, i) => {
          const enabled = isEnabled(command);
          const shortcut = command.shortcuts?.[0];
          return (
            <li
              key={command.id}
              id={`cmdk-${command.id}`}
              role="option"
              aria-selected={i === current}
              aria-disabled={!enabled}
              className={`cmdk__item${i === current ? ' is-active' : ''}${enabled ? '' : ' is-disabled'}`}
              data-testid={`command-palette-item-${command.id}`}
              onMouseMove={() => i !== current && setActive(i)}
              onClick={() => enabled && onRun(command)}
            >
              <span className="cmdk__label">{command.label}</span>
              {shortcut && <kbd className="cmdk__shortcut">{shortcutText(shortcut, mac)}</kbd>}
            </li>
          );
        })}
        {found.length === 0 && <li className="cmdk__empty">No command matches “{query}”.</li>}
      </ul>
    </div>
  );
}

/** Ctrl/Cmd+K: every registered command, filtered as you type; Enter runs the highlighted one, Escape closes. */
export function CommandPalette() {
  const open = useStore(commandPaletteStore);
  if (!open) return null;
  const close = () => commandPaletteStore.set(false);
  return (
    <Modal title="Commands" testId="command-palette" size="medium" onCancel={close}>
      <PaletteList
        onRun={(command) => {
          close();
          void command.run();
        }}
      />
    </Modal>
  );
}
