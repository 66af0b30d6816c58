import { api } from '../api/client';
import { viewport } from '../canvas/viewport';
import { documentStore } from '../state/document';
import { runSimulation, simulationStore } from '../state/simulation';
import { commandPaletteStore, shortcutsHelpStore } from './overlays';
import type { Command } from './registry';

/** View, Simulate and Help commands. Viewport changes are not document changes: none enters undo history. */
export const VIEW_COMMANDS: readonly Command[] = [
  { id: 'fit-view', label: 'Fit view', shortcuts: [{ key: '0' }], run: viewport.fit, menu: { menu: 'view', group: 'zoom' }, contexts: ['canvas'] },
  { id: 'zoom-in', label: 'Zoom in', shortcuts: [{ key: '+' }, { key: '=' }], run: viewport.zoomIn, menu: { menu: 'view', group: 'zoom' } },
  { id: 'zoom-out', label: 'Zoom out', shortcuts: [{ key: '-' }], run: viewport.zoomOut, menu: { menu: 'view', group: 'zoom' } },
  {
    id: 'command-palette',
    label: 'Command palette…',
    shortcuts: [{ key: 'k', mod: true }],
    allowInInputs: true,
    hiddenInPalette: true,
    run: () => commandPaletteStore.set(true),
    menu: { menu: 'view', group: 'palette' },
  },
  {
    id: 'run-simulation',
    label: 'Run simulation',
    enabled: () => simulationStore.get().status !== 'running' && documentStore.getState().pipeline.nodes.length > 0,
    run: () => runSimulation(api, documentStore),
    menu: { menu: 'simulate', group: 'run' },
  },
  { id: 'keyboard-help', label: 'Keyboard and mouse', shortcuts: [{ key: 'F1' }], run: () => shortcutsHelpStore.set(true), menu: { menu: 'help', group: 'help' } },
];
