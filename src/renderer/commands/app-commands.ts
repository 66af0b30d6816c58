import { exportDialogStore, templateDialogStore } from '../dialogs/dialog-store';
import { documentStore } from '../state/document';
import { deleteElements } from '../state/operations';
import { clearSelection, selectionStore } from '../state/selection';
import { EDIT_COMMANDS } from './edit-commands';
import { LAYOUT_COMMANDS, LAYOUT_TOOLBAR_GROUP } from './layout-commands';
import { importTemplate, newDocument, openDocument, saveDocument, saveDocumentAs } from './file-actions';
import { FILE_SAFETY_COMMANDS } from '../files/file-commands';
import { THEME_COMMANDS } from '../theme/theme-commands';
import { createRegistry, type Command } from './registry';
import { VIEW_COMMANDS } from './view-commands';

function deleteSelection(): void {
  const { nodeIds, edgeIds } = selectionStore.get();
  const count = nodeIds.length + edgeIds.length;
  if (count === 0) return;
  documentStore.dispatch((d) => deleteElements(d, nodeIds, edgeIds), { label: count === 1 ? 'Delete' : `Delete ${count} items` });
  clearSelection();
}

const hasSelection = () => {
  const { nodeIds, edgeIds } = selectionStore.get();
  return nodeIds.length + edgeIds.length > 0;
};

/**
 * Every command of the app window. The toolbar shows those in `TOOLBAR_GROUPS`; the menus, context
 * menus and the command palette show them in this order, placed by each command's `menu` and `contexts`.
 */
export const COMMANDS: readonly Command[] = [
  { id: 'new', label: 'New', run: newDocument, menu: { menu: 'file', group: 'new' } },
  { id: 'new-from-template', label: 'New from template…', toolbarLabel: 'Template…', run: () => templateDialogStore.set(true), menu: { menu: 'file', group: 'new' } },
  { id: 'open', label: 'Open…', shortcuts: [{ key: 'o', mod: true }], allowInInputs: true, run: openDocument, menu: { menu: 'file', group: 'open' } },
  { id: 'import-cfn', label: 'Import CloudFormation template…', toolbarLabel: 'Import…', run: importTemplate, menu: { menu: 'file', group: 'open' } },
  { id: 'save', label: 'Save', shortcuts: [{ key: 's', mod: true }], allowInInputs: true, run: () => void saveDocument(), menu: { menu: 'file', group: 'save' } },
  { id: 'save-as', label: 'Save As…', shortcuts: [{ key: 's', mod: true, shift: true }], allowInInputs: true, run: () => void saveDocumentAs(), menu: { menu: 'file', group: 'save' } },
  {
    id: 'undo',
    label: 'Undo',
    shortcuts: [{ key: 'z', mod: true }],
    enabled: () => documentStore.getState().history.past.length > 0,
    run: () => void documentStore.undo(),
    menu: { menu: 'edit', group: 'history' },
  },
  {
    id: 'redo',
    label: 'Redo',
    shortcuts: [{ key: 'z', mod: true, shift: true }, { key: 'y', ctrl: true }],
    enabled: () => documentStore.getState().history.future.length > 0,
    run: () => void documentStore.redo(),
    menu: { menu: 'edit', group: 'history' },
  },
  ...EDIT_COMMANDS,
  { id: 'delete', label: 'Delete', shortcuts: [{ key: 'Delete' }, { key: 'Backspace' }], enabled: hasSelection, run: deleteSelection, menu: { menu: 'edit', group: 'clipboard' }, contexts: ['node', 'edge'] },
  { id: 'export', label: 'Export…', shortcuts: [{ key: 'e', mod: true }], allowInInputs: true, run: () => exportDialogStore.set(true), menu: { menu: 'file', group: 'export' } },
  ...VIEW_COMMANDS,
  ...FILE_SAFETY_COMMANDS,
  ...THEME_COMMANDS,
  ...LAYOUT_COMMANDS,
];

export const TOOLBAR_GROUPS: readonly (readonly string[])[] = [['new', 'new-from-template', 'open', 'open-recent', 'import-cfn', 'save', 'save-as'], ['undo', 'redo', 'delete'], LAYOUT_TOOLBAR_GROUP, ['export']];

export const registry = createRegistry(COMMANDS);
