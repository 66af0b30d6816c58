import { useEffect } from 'react';
import { api, transportKind } from '../api/client';
import { documentStore } from '../state/document';
import { selectionStore } from '../state/selection';
import { simulationStore } from '../state/simulation';
import { registry } from './app-commands';
import { menuModelOf } from './menu-model';
import { isEnabled } from './registry';

/**
 * In Electron, keeps the native menu equal to the registry's menu model (sent again when an
 * enabled state may have changed: document, selection, simulation), and runs the command of a
 * clicked item. The browser draws MenuBar instead.
 */
export function useNativeMenu(): void {
  useEffect(() => {
    if (transportKind !== 'electron') return;
    let sent = '';
    let frame = 0;
    const send = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const model = menuModelOf(registry.all);
        const text = JSON.stringify(model);
        if (text === sent) return;
        sent = text;
        api.setMenu(model).catch((error: Error) => console.warn(`native menu not updated: ${error.message}`));
      });
    };
    send();
    const stops = [documentStore.subscribe(send), selectionStore.subscribe(send), simulationStore.subscribe(send)];
    stops.push(
      api.on('menu:command', ({ id }) => {
        const command = registry.get(id);
        if (command && isEnabled(command)) void command.run();
      }),
    );
    return () => {
      cancelAnimationFrame(frame);
      for (const stop of stops) stop();
    };
  }, []);
}
