import { Icon } from '../ui/icons';
import { PaletteItem } from './PaletteItem';
import type { PaletteGroup } from './palette-model';

interface Props {
  group: PaletteGroup;
  open: boolean;
  /** Absent while searching: every matching group is shown open. */
  onToggle?: () => void;
  onAdd: (kindId: string) => void;
}

/** One category: a header that folds it (`palette-category-<id>`), and its kinds. */
export function PaletteGroupView({ group, open, onToggle, onAdd }: Props) {
  const listId = `palette-group-${group.id}`;
  return (
    <section className={`palette__group${open ? '' : ' is-collapsed'}`} aria-label={group.title}>
      <h3 className="palette__group-heading">
        <button
          type="button"
          className="palette__group-title"
          aria-expanded={open}
          aria-controls={listId}
          disabled={!onToggle}
          onClick={onToggle}
          data-testid={`palette-category-${group.id}`}
        >
          <Icon name={open ? 'chevron-down' : 'chevron-right'} size={12} />
          <span>{group.title}</span>
          <span className="palette__group-count">{group.kinds.length}</span>
        </button>
      </h3>
      {open && (
        <ul role="list" id={listId}>
          {group.kinds.map((kind) => (
            <PaletteItem key={kind.id} kind={kind} onAdd={() => onAdd(kind.id)} />
          ))}
        </ul>
      )}
    </section>
  );
}
