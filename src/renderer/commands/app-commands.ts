import { exportDialogStore, templateDialogStore } from '../dialogs/dialog-store';
import { documentStore } from '../state/document';
import { deleteElements } from '../state/operations';
import { clearSelection, selectionStore } from '../state/selection';
import { LAYOUT_COMMANDS, LAYOUT_TOOLBAR_GROUP } from './layout-commands';
import { importTemplate, newDocument, openDocument, saveDocument, saveDocumentAs } from './file-actions';
import { createRegistry, type Command } from './registry';

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

/** Every command of the app window. The toolbar shows them in this order, grouped by `TOOLBAR_GROUPS`. */
export const COMMANDS: readonly Command[] = [
  { id: 'new', label: 'New', run: newDocument },
  { id: 'new-from-template', label: 'New from template…', toolbarLabel: 'Template…', run: () => templateDialogStore.set(true) },
  { id: 'open', label: 'Open…', shortcuts: [{ key: 'o', mod: true }], allowInInputs: true, run: openDocument },
  { id: 'import-cfn', label: 'Import CloudFormation template…', toolbarLabel: 'Import…', run: importTemplate },
  { id: 'save', label: 'Save', shortcuts: [{ key: 's', mod: true }], allowInInputs: true, run: () => void saveDocument() },
  { id: 'save-as', label: 'Save As…', shortcuts: [{ key: 's', mod: true, shift: true }], allowInInputs: true, run: () => void saveDocumentAs() },
  {
    id: 'undo',
    label: 'Undo',
    shortcuts: [{ key: 'z', mod: true }],
    enabled: () => documentStore.getState().history.past.length > 0,
    run: () => void documentStore.undo(),
  },
  {
    id: 'redo',
    label: 'Redo',
    shortcuts: [{ key: 'z', mod: true, shift: true }, { key: 'y', ctrl: true }],
    enabled: () => documentStore.getState().history.future.length > 0,
    run: () => void documentStore.redo(),
  },
  { id: 'delete', label: 'Delete', shortcuts: [{ key: 'Delete' }, { key: 'Backspace' }], enabled: hasSelection, run: deleteSelection },
  { id: 'export', label: 'Export…', shortcuts: [{ key: 'e', mod: true }], allowInInputs: true, run: () => exportDialogStore.set(true) },
  ...LAYOUT_COMMANDS,
];

export const TOOLBAR_GROUPS: readonly (readonly string[])[] = [['new', 'new-from-template', 'open', 'import-cfn', 'save', 'save-as'], ['undo', 'redo', 'delete'], LAYOUT_TOOLBAR_GROUP, ['export']];

export const registry = createRegistry(COMMANDS);
