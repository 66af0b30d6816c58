import { Fragment } from 'react';
import { useDocument } from '../state/document';
import { useSelection } from '../state/selection';
import { Icon } from '../ui/icons';
import { registry, TOOLBAR_GROUPS } from './app-commands';
import { MenuBar } from './MenuBar';
import { isMac, shortcutText, type Command } from './registry';
import './toolbar.css';

const mac = isMac();

function CommandButton({ command }: { command: Command }) {
  const enabled = command.enabled?.() ?? true;
  const shortcut = command.shortcuts?.[0];
  const label = command.label.replace('…', '');
  const short = (command.toolbarLabel ?? command.label).replace('…', '');
  return (
    <button
      type="button"
      className="btn btn--ghost toolbar__btn"
      data-testid={`cmd-${command.id}`}
      aria-label={label}
      disabled={!enabled}
      title={shortcut ? `${label} (${shortcutText(shortcut, mac)})` : label}
      onClick={() => void command.run()}
    >
      <Icon name={command.id} />
      <span className="toolbar__btn-label">{short}</span>
    </button>
  );
}

/** Document title (`name — path`, `•` when unsaved) and the registered commands. */
export function Toolbar() {
  const name = useDocument((s) => s.pipeline.name);
  const path = useDocument((s) => s.path);
  const dirty = useDocument((s) => s.dirty);
  // Re-render when what `enabled` depends on changes.
  useDocument((s) => s.history);
  useSelection();
  return (
    <div className="toolbar" role="toolbar" aria-label="Commands">
      <div className="toolbar__brand" aria-hidden="true">
        <svg width="20" height="20" viewBox="0 0 20 20">
          <rect width="20" height="20" rx="5" className="toolbar__logo-bg" />
          <path d="M5 6.5h4.5a2 2 0 0 1 2 2v3a2 2 0 0 0 2 2H15" fill="none" className="toolbar__logo-line" strokeWidth="1.8" strokeLinecap="round" />
          <circle cx="5" cy="6.5" r="1.6" className="toolbar__logo-dot" />
          <circle cx="15" cy="13.5" r="1.6" className="toolbar__logo-dot" />
        </svg>
      </div>
      <MenuBar />
      <div className="toolbar__title" data-testid="document-title" title={path ?? 'Not saved yet'}>
        <span className="toolbar__name">{name || 'Untitled'}</span>
        <span className="toolbar__sep">—</span>
        <span className="toolbar__path">{path ?? 'not saved'}</span>
        {dirty && (
          <span className="toolbar__dirty" data-testid="dirty-marker" title="Unsaved changes">
            •
          </span>
        )}
      </div>
      <div className="toolbar__commands">
        {TOOLBAR_GROUPS.map((group, i) => (
          <Fragment key={group.join()}>
            {i > 0 && <span className="toolbar__divider" aria-hidden="true" />}
            {group.map((id) => {
              const command = registry.get(id);
              return command ? <CommandButton key={id} command={command} /> : null;
            })}
          </Fragment>
        ))}
      </div>
    </div>
  );
}
