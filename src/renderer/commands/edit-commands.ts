import { copySelection, cutSelection, duplicateSelection, pasteClipboard } from '../clipboard/clipboard-actions';
import { documentStore } from '../state/document';
import { moveNodes } from '../state/operations';
import { clearSelection, selectionStore } from '../state/selection';
import type { Command, Shortcut } from './registry';

/** Arrow keys move the selected nodes by one grid step; with Shift by five. Each press is one undo step. */
export const NUDGE_STEP = 10;
export const NUDGE_STEP_LARGE = 50;

const hasNodes = () => selectionStore.get().nodeIds.length > 0;
const hasAnything = () => documentStore.getState().pipeline.nodes.length + documentStore.getState().pipeline.edges.length > 0;

export function selectAll(): void {
  const { nodes, edges } = documentStore.getState().pipeline;
  selectionStore.set({ nodeIds: nodes.map((n) => n.id), edgeIds: edges.map((e) => e.id) });
}

export function nudgeSelection(dx: number, dy: number): void {
  const selected = new Set(selectionStore.get().nodeIds);
  const positions = new Map(
    documentStore.getState().pipeline.nodes.filter((n) => selected.has(n.id)).map((n) => [n.id, { x: n.position.x + dx, y: n.position.y + dy }]),
  );
  if (positions.size > 0) documentStore.dispatch((d) => moveNodes(d, positions), { label: positions.size === 1 ? 'Nudge node' : `Nudge ${positions.size} nodes` });
}

const DIRECTIONS = [
  { key: 'ArrowLeft', name: 'left', dx: -1, dy: 0 },
  { key: 'ArrowRight', name: 'right', dx: 1, dy: 0 },
  { key: 'ArrowUp', name: 'up', dx: 0, dy: -1 },
  { key: 'ArrowDown', name: 'down', dx: 0, dy: 1 },
] as const;

/** Eight keys, not worth eight palette entries: they are listed in Help → Keyboard and mouse. */
const nudgeCommands: Command[] = DIRECTIONS.flatMap(({ key, name, dx, dy }) => [
  {
    id: `nudge-${name}`,
    label: `Nudge ${name}`,
    shortcuts: [{ key }],
    enabled: hasNodes,
    hiddenInPalette: true,
    run: () => nudgeSelection(dx * NUDGE_STEP, dy * NUDGE_STEP),
  },
  {
    id: `nudge-${name}-large`,
    label: `Nudge ${name} by ${NUDGE_STEP_LARGE / NUDGE_STEP} steps`,
    shortcuts: [{ key, shift: true } satisfies Shortcut],
    enabled: hasNodes,
    hiddenInPalette: true,
    run: () => nudgeSelection(dx * NUDGE_STEP_LARGE, dy * NUDGE_STEP_LARGE),
  },
]);

/** Selection and clipboard commands (Edit menu). The clipboard is the system's, as JSON (see clipboard/payload.ts). */
export const EDIT_COMMANDS: readonly Command[] = [
  { id: 'cut', label: 'Cut', shortcuts: [{ key: 'x', mod: true }], enabled: hasNodes, run: cutSelection, menu: { menu: 'edit', group: 'clipboard' }, contexts: ['node'] },
  { id: 'copy', label: 'Copy', shortcuts: [{ key: 'c', mod: true }], enabled: hasNodes, run: () => void copySelection(), menu: { menu: 'edit', group: 'clipboard' }, contexts: ['node'] },
  {
    id: 'paste',
    label: 'Paste',
    shortcuts: [{ key: 'v', mod: true }],
    run: (invocation) => pasteClipboard(invocation?.at),
    menu: { menu: 'edit', group: 'clipboard' },
    contexts: ['canvas'],
  },
  { id: 'duplicate', label: 'Duplicate', shortcuts: [{ key: 'd', mod: true }], enabled: hasNodes, run: duplicateSelection, menu: { menu: 'edit', group: 'clipboard' }, contexts: ['node'] },
  { id: 'select-all', label: 'Select all', shortcuts: [{ key: 'a', mod: true }], enabled: hasAnything, run: selectAll, menu: { menu: 'edit', group: 'selection' }, contexts: ['canvas'] },
  {
    id: 'clear-selection',
    label: 'Clear selection',
    shortcuts: [{ key: 'Escape' }],
    enabled: () => selectionStore.get().nodeIds.length + selectionStore.get().edgeIds.length > 0,
    run: clearSelection,
    menu: { menu: 'edit', group: 'selection' },
  },
  ...nudgeCommands,
];
