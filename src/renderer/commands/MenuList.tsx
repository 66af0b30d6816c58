import { Fragment, useEffect, useRef, type KeyboardEvent } from 'react';
import { useDocument } from '../state/document';
import { useSelection } from '../state/selection';
import { isEnabled, isMac, shortcutText, type Command } from './registry';
import './menus.css';

const mac = isMac();

interface MenuListProps {
  groups: readonly (readonly Command[])[];
  onRun: (command: Command) => void;
  onClose: () => void;
  /** ArrowLeft / ArrowRight: the menu bar moves to the next menu. */
  onSideways?: (step: 1 | -1) => void;
  label: string;
  testId: string;
  className?: string;
  style?: React.CSSProperties;
}

/**
 * A menu of commands (menu bar drop-down or context menu): groups separated by lines, each item with
 * its shortcut, disabled items greyed. Keyboard: arrows move, Home/End, Enter or Space runs, Escape closes.
 */
export function MenuList({ groups, onRun, onClose, onSideways, label, testId, className = '', style }: MenuListProps) {
  const ref = useRef<HTMLDivElement>(null);
  // Enabled states follow the document and the selection.
  useDocument((s) => s.revision);
  useSelection();
  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('[role="menuitem"]:not([aria-disabled="true"])')?.focus();
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(ref.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const focus = (i: number) => items[(i + items.length) % items.length]?.focus();
    const handled = (() => {
      switch (e.key) {
        case 'ArrowDown':
          return focus(at + 1), true;
        case 'ArrowUp':
          return focus(at - 1), true;
        case 'Home':
          return focus(0), true;
        case 'End':
          return focus(items.length - 1), true;
        case 'Escape':
        case 'Tab':
          return onClose(), true;
        case 'ArrowRight':
        case 'ArrowLeft':
          return onSideways?.(e.key === 'ArrowRight' ? 1 : -1), onSideways !== undefined;
        default:
          return false;
      }
    })();
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  };

  return (
    <div ref={ref} className={`menu ${className}`} role="menu" aria-label={label} data-testid={testId} style={style} onKeyDown={onKeyDown}>
      {groups.map((group, g) => (
        <Fragment key={g}>
          {g > 0 && <div className="menu__separator" role="separator" />}
          {group.map((command) => {
            const enabled = isEnabled(command);
            const shortcut = command.shortcuts?.[0];
            return (
              <button
                key={command.id}
                type="button"
                role="menuitem"
                className="menu__item"
                aria-disabled={!enabled}
                data-testid={`menu-item-${command.id}`}
                tabIndex={-1}
                onClick={() => enabled && onRun(command)}
              >
                <span>{command.label}</span>
                {shortcut && <kbd className="menu__shortcut">{shortcutText(shortcut, mac)}</kbd>}
              </button>
            );
          })}
        </Fragment>
      ))}
    </div>
  );
}
