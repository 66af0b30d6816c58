import { useEffect } from 'react';
import { isMac } from './registry';
import { registry } from './app-commands';

const isEditable = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** Menus and lists move their highlight with the arrow keys and close on Escape: those keys are their own. */
const NAVIGATION_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'Enter', ' ', 'Escape']);
const ownsKeys = (event: KeyboardEvent) =>
  NAVIGATION_KEYS.has(event.key) && event.target instanceof Element && event.target.closest('[role="menu"],[role="menubar"],[role="listbox"]') !== null;

/** Keys taken before the canvas sees them: React Flow would otherwise move a focused node by its own 5 px step. */
const TAKEN_FIRST = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

/** Runs the command whose shortcut was pressed. Modal dialogs keep their keys; fields keep theirs unless the command says otherwise. */
export function useShortcuts(): void {
  useEffect(() => {
    const mac = isMac();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || document.querySelector('dialog[open]') || ownsKeys(event)) return;
      const command = registry.forEvent(event, mac);
      if (!command) return;
      const inField = isEditable(event.target);
      if (inField && !command.allowInInputs) return;
      event.preventDefault();
      if (TAKEN_FIRST.has(event.key)) event.stopPropagation();
      // Commit the field being edited first, so that Save writes what is on screen.
      if (inField) (event.target as HTMLElement).blur();
      void command.run();
    };
    const onKeyDownFirst = (event: KeyboardEvent) => {
      if (TAKEN_FIRST.has(event.key)) onKeyDown(event);
    };
    window.addEventListener('keydown', onKeyDownFirst, true);
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDownFirst, true);
      window.removeEventListener('keydown', onKeyDown);
    };
  }, []);
}
