import { useState } from 'react';
import { editedList, type ListEdit } from './form-model';
import { requestedItem, useFieldFocusRequest } from './field-focus';

/** Structured items start open while the list is short; longer lists start collapsed to their summary lines. */
const OPEN_WHILE_AT_MOST = 3;

const withOpen = (flags: readonly (boolean | undefined)[], index: number) => {
  const next = [...flags];
  next[index] = true;
  return next;
};

/**
 * Which items of a list are open: as the user set them (moved along with the items), else by the
 * list's length; an item a field-focus request leads into is opened (the finding's setting is shown).
 */
export function useOpenItems(nodeId: string, listKey: string, count: number) {
  const request = useFieldFocusRequest(nodeId);
  const wanted = requestedItem(request, listKey);
  const [flags, setFlags] = useState<readonly (boolean | undefined)[]>(() => (wanted === undefined ? [] : withOpen([], wanted)));
  const [seen, setSeen] = useState(request?.seq);
  const isOpen = (i: number) => flags[i] ?? count <= OPEN_WHILE_AT_MOST;

  // A new request: open the item on its way (adjusting state while rendering, React's pattern for it).
  if (request && request.seq !== seen) {
    setSeen(request.seq);
    if (wanted !== undefined && !isOpen(wanted)) setFlags(withOpen(flags, wanted));
  }

  return {
    isOpen,
    toggle: (i: number) =>
      setFlags((prev) => {
        const next = Array.from({ length: Math.max(prev.length, count) }, (_, j) => prev[j]);
        next[i] = !(prev[i] ?? count <= OPEN_WHILE_AT_MOST);
        return next;
      }),
    /** Keeps each item's flag with the item through an edit of the list. */
    edited: (edit: ListEdit) => {
      const current = Array.from({ length: count }, (_, i) => flags[i]);
      setFlags(editedList(current, edit, () => true) ?? current);
    },
  };
}
