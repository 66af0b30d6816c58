import { createStore, useStore } from '../state/create-store';

/** A request to show one setting of a node in the inspector and put the keyboard focus on it. */
export interface FieldFocusRequest {
  readonly nodeId: string;
  /** A path into the node's config, list indices as strings. Example: `['lifecycleRules', '0', 'days']`. */
  readonly path: readonly string[];
  readonly seq: number;
}

export const fieldFocusStore = createStore<FieldFocusRequest | undefined>(undefined);
let seq = 0;

export function requestFieldFocus(nodeId: string, path: readonly string[]): void {
  if (path.length > 0) fieldFocusStore.set({ nodeId, path, seq: ++seq });
}

/** The latest request, when it is about this node. */
export const useFieldFocusRequest = (nodeId: string) => useStore(fieldFocusStore, (r) => (r?.nodeId === nodeId ? r : undefined));

/** Which item of the list at `listKey` (a dotted path) the request leads into. Example: `rules.2.days` in `rules` → 2. */
export function requestedItem(request: Pick<FieldFocusRequest, 'path'> | undefined, listKey: string): number | undefined {
  const key = request?.path.join('.');
  if (!key?.startsWith(`${listKey}.`)) return undefined;
  const index = Number(key.slice(listKey.length + 1).split('.')[0]);
  return Number.isInteger(index) && index >= 0 ? index : undefined;
}

const FOCUSABLE = 'input:not([type="hidden"]), select, textarea, button';

/**
 * Focuses the control of the setting at `path` under `root`: its field, else the first control of
 * the nearest enclosing setting that is shown (a list item, list, group, or union). True when found.
 */
export function focusField(root: ParentNode, path: readonly string[]): boolean {
  for (let n = path.length; n > 0; n--) {
    // Inside a quoted attribute value only quotes and backslashes need escaping.
    const key = path.slice(0, n).join('.').replace(/["\\]/g, '\\$&');
    const selectors = [
      `[data-testid="inspector-field-${key}"]`,
      `[data-testid="inspector-item-${key}"]`,
      `[data-testid="inspector-list-${key}"]`,
      `[data-testid="inspector-object-${key}"]`,
      `[data-testid^="inspector-field-${key}."]`,
    ];
    for (const selector of selectors) {
      const found = root.querySelector<HTMLElement>(selector);
      const control = found?.matches(FOCUSABLE) ? found : found?.querySelector<HTMLElement>(FOCUSABLE);
      if (!control) continue;
      control.scrollIntoView({ block: 'center', behavior: 'smooth' });
      control.focus({ preventScroll: true });
      return true;
    }
  }
  return false;
}
