import { useEffect } from 'react';
import { isMac } from './registry';
import { registry } from './app-commands';

const isEditable = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** Runs the command whose shortcut was pressed. Modal dialogs keep their keys; fields keep theirs unless the command says otherwise. */
export function useShortcuts(): void {
  useEffect(() => {
    const mac = isMac();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || document.querySelector('dialog[open]')) return;
      const command = registry.forEvent(event, mac);
      if (!command) return;
      const inField = isEditable(event.target);
      if (inField && !command.allowInInputs) return;
      event.preventDefault();
      // Commit the field being edited first, so that Save writes what is on screen.
      if (inField) (event.target as HTMLElement).blur();
      void command.run();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
