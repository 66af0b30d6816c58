import { useRef } from 'react';
import { Icon } from '../ui/icons';
import { absolutePath, type FieldContext } from './field-context';
import { isScalar, keyOf, listChange, shownList, type FieldPath, type ListEdit, type ListField } from './form-model';
import { ListItem } from './ListItem';
import { useOpenItems } from './useOpenItems';
import './lists.css';

/** After an edit, keyboard focus stays with what was touched: the new item, the moved item's button, the next item. */
function focusAfter(root: HTMLElement | null, listKey: string, edit: ListEdit, index: number): void {
  requestAnimationFrame(() => {
    if (!root) return;
    const byTestId = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${CSS.escape(id)}"]:not(:disabled)`);
    const at = `${listKey}.${index}`;
    const target =
      edit.op === 'add'
        ? root.querySelector<HTMLElement>(`[data-item="${CSS.escape(at)}"] :is(input, select, button.list-item__toggle)`)
        : edit.op === 'move'
          ? (byTestId(`inspector-${edit.to < edit.from ? 'up' : 'down'}-${at}`) ?? byTestId(`inspector-${edit.to < edit.from ? 'down' : 'up'}-${at}`))
          : (byTestId(`inspector-remove-${at}`) ?? byTestId(`inspector-add-${listKey}`));
    target?.focus();
  });
}

/**
 * A list setting (`z.array`): its items, each removable and movable (buttons, keyboard reachable),
 * structured items collapsible with a summary line, and Add (the item schema's defaults). Every
 * edit stores the whole new list as one undoable step.
 */
export function ListFieldView({ field, ctx, base }: { field: ListField; ctx: FieldContext; base: FieldPath }) {
  const path = absolutePath(field, base);
  const key = keyOf(path);
  const items = shownList(ctx.config, field, base);
  const { isOpen, toggle, edited } = useOpenItems(ctx.nodeId, key, items.length);
  const root = useRef<HTMLDivElement>(null);
  const noun = field.item.title;
  const structured = !isScalar(field.item);
  const atMax = field.maxItems !== undefined && items.length >= field.maxItems;
  const atMin = field.minItems !== undefined && items.length <= field.minItems;
  const error = ctx.errors.get(key);
  const titleId = `list-${ctx.nodeId}-${key}`;

  const edit = (e: ListEdit) => {
    const change = listChange(ctx.config, field, base, e);
    if (!change) return;
    edited(e);
    ctx.change(change.path, change.value, change.label);
    focusAfter(root.current, key, e, change.index);
  };

  return (
    <div className={`list-field${error ? ' has-error' : ''}`} ref={root} role="group" aria-labelledby={titleId} data-testid={`inspector-list-${key}`}>
      <div className="field__label-row">
        <span className="field__label" id={titleId} title={field.description}>
          {field.title}
        </span>
        {field.description && (
          <span className="field__help" title={field.description} aria-label={field.description} tabIndex={0} role="img">
            <Icon name="info" size={13} />
          </span>
        )}
        <span className="field__hint">
          {items.length}
          {field.maxItems !== undefined ? ` / ${field.maxItems}` : ''}
        </span>
      </div>
      {error && (
        <div className="field__error" role="alert" data-testid={`inspector-error-${key}`}>
          {error}
        </div>
      )}
      {items.length > 0 && (
        <ol className={`list-field__items${structured ? '' : ' list-field__items--scalar'}`}>
          {items.map((value, i) => (
            <ListItem
              key={i}
              field={field}
              listPath={path}
              index={i}
              count={items.length}
              value={value}
              ctx={ctx}
              open={isOpen(i)}
              canRemove={!atMin}
              onToggle={() => toggle(i)}
              onEdit={edit}
            />
          ))}
        </ol>
      )}
      <button
        type="button"
        className="btn btn--small list-field__add"
        data-testid={`inspector-add-${key}`}
        disabled={atMax}
        title={atMax ? `At most ${field.maxItems} ${field.title.toLowerCase()}` : `Add a ${noun.toLowerCase()} with default settings`}
        onClick={() => edit({ op: 'add' })}
      >
        <Icon name="plus" size={13} /> Add {noun.toLowerCase()}
      </button>
    </div>
  );
}
