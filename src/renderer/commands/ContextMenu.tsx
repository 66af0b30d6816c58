import { useEffect } from 'react';
import { useStore } from '../state/create-store';
import { registry } from './app-commands';
import { contextGroups } from './menu-model';
import { MenuList } from './MenuList';
import { contextMenuStore } from './overlays';

const close = () => contextMenuStore.set(undefined);

/** The right-click menu of the canvas, a node or an edge: the commands placed there, run at the clicked point. */
export function ContextMenu() {
  const request = useStore(contextMenuStore);
  useEffect(() => {
    if (!request) return;
    const onPointerDown = (e: PointerEvent) => {
      if (!(e.target instanceof Element && e.target.closest('.context-menu'))) close();
    };
    window.addEventListener('pointerdown', onPointerDown, true);
    window.addEventListener('blur', close);
    window.addEventListener('resize', close);
    return () => {
      window.removeEventListener('pointerdown', onPointerDown, true);
      window.removeEventListener('blur', close);
      window.removeEventListener('resize', close);
    };
  }, [request]);
  if (!request) return null;
  const groups = contextGroups(registry.all, request.target);
  if (groups.length === 0) return null;
  // Kept inside the window: a click near the right or bottom edge opens the menu to the left or above.
  const left = Math.min(request.screen.x, innerWidth - 240);
  const top = Math.min(request.screen.y, innerHeight - 32 * groups.flat().length - 24);
  return (
    <MenuList
      key={`${request.screen.x},${request.screen.y},${request.target}`}
      groups={groups}
      label={`${request.target} actions`}
      testId={`context-menu-${request.target}`}
      className="context-menu"
      style={{ left: Math.max(4, left), top: Math.max(4, top) }}
      onClose={close}
      onRun={(command) => {
        close();
        void command.run({ at: request.flow });
      }}
    />
  );
}
