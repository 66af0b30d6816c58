import { useReactFlow } from '@xyflow/react';
import { useCallback, type DragEvent } from 'react';
import { isKindId } from '../../shared/catalog/registry';
import { KIND_MIME } from '../palette/palette-model';
import { addNodeAt } from './useAddNode';

/** HTML5 drop target for palette items: a node of the dropped kind, centred where it was dropped. */
export function useDropKind() {
  const { screenToFlowPosition } = useReactFlow();
  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(KIND_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);
  const onDrop = useCallback(
    (event: DragEvent) => {
      const kind = event.dataTransfer.getData(KIND_MIME);
      if (!isKindId(kind)) return;
      event.preventDefault();
      addNodeAt(kind, screenToFlowPosition({ x: event.clientX, y: event.clientY }));
    },
    [screenToFlowPosition],
  );
  return { onDragOver, onDrop };
}
