import type { Position } from '../../shared/model/pipeline';
import { documentStore } from '../state/document';
import { notify } from '../state/notices';
import { deleteElements } from '../state/operations';
import { clearSelection, select, selectionStore } from '../state/selection';
import { parsePayload, payloadOf, serializePayload, type ClipboardPayload } from './payload';
import { pasteElements } from './paste';
import { readClipboardText, writeClipboardText } from './system-clipboard';

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** Adds a payload as one undoable step and selects what was added. Returns the new node ids. */
export function insertPayload(payload: ClipboardPayload, label: string, at?: Position): string[] {
  let ids: string[] = [];
  documentStore.dispatch((d) => void (ids = pasteElements(d, payload, at)), { label });
  select({ nodeIds: ids });
  return ids;
}

const selectedPayload = () => payloadOf(documentStore.getState().pipeline, selectionStore.get().nodeIds);

/** Puts the selected nodes (and the edges between them) on the system clipboard. False when nothing was copied. */
export async function copySelection(): Promise<boolean> {
  const payload = selectedPayload();
  if (!payload) return false;
  try {
    await writeClipboardText(serializePayload(payload));
    return true;
  } catch (error) {
    notify('error', (error as Error).message, 8_000);
    return false;
  }
}

/** Copy, then delete the selected nodes (and selected edges) as one undoable step. */
export async function cutSelection(): Promise<void> {
  const { nodeIds, edgeIds } = selectionStore.get();
  if (!(await copySelection())) return;
  documentStore.dispatch((d) => deleteElements(d, nodeIds, edgeIds), { label: `Cut ${plural(nodeIds.length, 'node')}` });
  clearSelection();
}

/** Pastes the clipboard's nodes: at `at` (a canvas point) or beside where they were copied from. */
export async function pasteClipboard(at?: Position): Promise<void> {
  let text: string;
  try {
    text = await readClipboardText();
  } catch (error) {
    return notify('error', (error as Error).message, 8_000);
  }
  const parsed = parsePayload(text);
  if (!parsed.ok) return notify('error', parsed.message, 8_000);
  insertPayload(parsed.payload, `Paste ${plural(parsed.payload.nodes.length, 'node')}`, at);
}

/** Copies of the selected nodes (and the edges between them) beside them, without touching the clipboard. */
export function duplicateSelection(): void {
  const payload = selectedPayload();
  if (payload) insertPayload(payload, `Duplicate ${plural(payload.nodes.length, 'node')}`);
}
