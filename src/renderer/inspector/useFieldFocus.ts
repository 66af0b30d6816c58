import { useEffect, useRef } from 'react';
import { fieldFocusStore, focusField, useFieldFocusRequest } from './field-focus';

/**
 * Carries out a field-focus request for this node once its inspector is shown (list items on the
 * way open themselves, see useOpenItems), then clears it so that it is not repeated. Returns the
 * ref of the inspector's root element.
 */
export function useFieldFocus(nodeId: string) {
  const root = useRef<HTMLDivElement>(null);
  const request = useFieldFocusRequest(nodeId);
  useEffect(() => {
    if (!request) return;
    const frame = requestAnimationFrame(() => {
      if (root.current) focusField(root.current, request.path);
      if (fieldFocusStore.get() === request) fieldFocusStore.set(undefined);
    });
    return () => cancelAnimationFrame(frame);
  }, [request]);
  return root;
}
