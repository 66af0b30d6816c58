import { api } from '../api/client';
import { openSearch } from '../canvas/NodeSearch';
import { viewport } from '../canvas/viewport';
import { MIN_TO_ALIGN, MIN_TO_DISTRIBUTE, type AlignEdge, type DistributeAxis } from '../state/align';
import { documentStore } from '../state/document';
import { alignNodes, anyPinned, autoLayoutDocument, distributeNodes, pinNodes, type LayoutEngine } from '../state/layout-actions';
import { notify } from '../state/notices';
import { selectionStore } from '../state/selection';
import { toggleViewSetting } from '../state/view-settings';
import type { Command } from './registry';

/** Main's layered layout (`layout:auto`): elkjs runs in main's layout worker, never in the renderer. */
const mainLayout: LayoutEngine = async (pipeline) => new Map((await api.autoLayout({ pipeline })).positions.map((p) => [p.id, { x: p.x, y: p.y }]));

async function autoLayout(): Promise<void> {
  try {
    const outcome = await autoLayoutDocument(documentStore, mainLayout);
    if (outcome === 'stale') notify('info', 'The pipeline changed while it was being laid out: run Auto-layout again.');
    else viewport.fit();
  } catch (error) {
    notify('error', `Auto-layout failed: ${(error as Error).message}`);
  }
}

const selectedNodes = () => selectionStore.get().nodeIds;
const hasNodes = () => documentStore.getState().pipeline.nodes.length > 0;

const ALIGN: readonly [AlignEdge, string][] = [
  ['left', 'Align left edges'],
  ['centre', 'Align centres (vertical line)'],
  ['right', 'Align right edges'],
  ['top', 'Align top edges'],
  ['middle', 'Align middles (horizontal line)'],
  ['bottom', 'Align bottom edges'],
];
const DISTRIBUTE: readonly [DistributeAxis, string][] = [
  ['horizontal', 'Distribute horizontally'],
  ['vertical', 'Distribute vertically'],
];

/** Layout commands: auto-layout, pins, grid snapping, the overview, align and distribute, find. */
export const LAYOUT_COMMANDS: readonly Command[] = [
  { id: 'auto-layout', label: 'Auto-layout', toolbarLabel: 'Layout', shortcuts: [{ key: 'l', mod: true, shift: true }], enabled: hasNodes, run: autoLayout, menu: { menu: 'arrange', group: 'layout' }, contexts: ['canvas'] },
  {
    id: 'pin',
    label: 'Pin (auto-layout leaves it in place)',
    enabled: () => anyPinned(documentStore, selectedNodes(), false),
    run: () => void pinNodes(documentStore, selectedNodes(), true),
    menu: { menu: 'arrange', group: 'pin' },
    contexts: ['node'],
  },
  { id: 'unpin', label: 'Unpin', enabled: () => anyPinned(documentStore, selectedNodes(), true), run: () => void pinNodes(documentStore, selectedNodes(), false), menu: { menu: 'arrange', group: 'pin' }, contexts: ['node'] },
  { id: 'toggle-snap', label: 'Snap to grid', run: () => toggleViewSetting('snapToGrid'), menu: { menu: 'view', group: 'canvas' } },
  { id: 'toggle-minimap', label: 'Show overview', run: () => toggleViewSetting('minimap'), menu: { menu: 'view', group: 'canvas' } },
  ...ALIGN.map(
    ([edge, label]): Command => ({
      id: `align-${edge}`,
      label,
      enabled: () => selectedNodes().length >= MIN_TO_ALIGN,
      run: () => void alignNodes(documentStore, selectedNodes(), edge),
      menu: { menu: 'arrange', group: 'align' },
    }),
  ),
  ...DISTRIBUTE.map(
    ([axis, label]): Command => ({
      id: `distribute-${axis}`,
      label,
      enabled: () => selectedNodes().length >= MIN_TO_DISTRIBUTE,
      run: () => void distributeNodes(documentStore, selectedNodes(), axis),
      menu: { menu: 'arrange', group: 'distribute' },
    }),
  ),
  { id: 'find', label: 'Find node…', toolbarLabel: 'Find', shortcuts: [{ key: 'f', mod: true }], allowInInputs: true, enabled: hasNodes, run: openSearch, menu: { menu: 'edit', group: 'find' } },
];

/** The Layout group of the toolbar. */
export const LAYOUT_TOOLBAR_GROUP: readonly string[] = ['auto-layout', 'find'];
