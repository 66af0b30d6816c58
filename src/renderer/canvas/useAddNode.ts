import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import { KINDS, type KindId } from '../../shared/catalog/registry';
import type { Position } from '../../shared/model/pipeline';
import { documentStore } from '../state/document';
import { addNode } from '../state/operations';
import { select } from '../state/selection';
import { centredAt } from './geometry';

/** Adds a node of `kind` centred on a canvas point, as one undoable step, and selects it. */
export function addNodeAt(kind: KindId, flowPoint: Position): string {
  let id = '';
  documentStore.dispatch((d) => void (id = addNode(d, kind, centredAt(flowPoint))), { label: `Add ${KINDS[kind].shortTitle}` });
  select({ nodeIds: [id] });
  return id;
}

/** Adds a node in the middle of the visible canvas (the palette's keyboard path). */
export function useAddAtCentre(): (kind: KindId) => void {
  const flow = useReactFlow();
  return useCallback(
    (kind: KindId) => {
      const pane = document.querySelector('[data-testid="canvas"]')?.getBoundingClientRect();
      const centre = pane ? { x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 } : { x: innerWidth / 2, y: innerHeight / 2 };
      // Nudge so that repeated adds do not stack exactly.
      const offset = (documentStore.getState().pipeline.nodes.length % 5) * 24;
      addNodeAt(kind, flow.screenToFlowPosition({ x: centre.x + offset, y: centre.y + offset }));
    },
    [flow],
  );
}
