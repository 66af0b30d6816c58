import type { KindDefinition } from '../../shared/catalog/types';
import { KindIcon } from '../ui/KindIcon';
import { KIND_MIME } from './palette-model';

/** One kind: draggable (HTML5 drag and drop) and, from the keyboard, added with Enter. */
export function PaletteItem({ kind, onAdd }: { kind: KindDefinition; onAdd: () => void }) {
  return (
    <li
      className="palette-item"
      draggable
      tabIndex={0}
      title={`${kind.title}\n${kind.summary}\n\nDrag onto the canvas, or press Enter.`}
      data-testid={`palette-${kind.id}`}
      onDragStart={(e) => {
        e.dataTransfer.setData(KIND_MIME, kind.id);
        e.dataTransfer.setData('text/plain', kind.title);
        e.dataTransfer.effectAllowed = 'copy';
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onAdd();
        }
      }}
      onDoubleClick={onAdd}
    >
      <KindIcon kind={kind.id} size={26} />
      <div className="palette-item__text">
        <div className="palette-item__title">{kind.title}</div>
        <div className="palette-item__summary">{kind.summary}</div>
      </div>
    </li>
  );
}
