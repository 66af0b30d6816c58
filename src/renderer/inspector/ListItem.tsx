import { Icon } from '../ui/icons';
import { ConfigField, ScalarControl } from './ConfigField';
import type { FieldContext } from './field-context';
import { errorsUnder, isScalar, itemSummary, keyOf, type FieldPath, type ListEdit, type ListField } from './form-model';
import { UnionFieldView } from './GroupFields';

interface Props {
  field: ListField;
  listPath: FieldPath;
  index: number;
  count: number;
  value: unknown;
  ctx: FieldContext;
  open: boolean;
  canRemove: boolean;
  onToggle: () => void;
  onEdit: (edit: ListEdit) => void;
}

/** Move up, move down, remove: `inspector-up-<list>.<i>`, `inspector-down-<list>.<i>`, `inspector-remove-<list>.<i>`. */
function ItemButtons({ itemKey, noun, index, count, canRemove, onEdit }: { itemKey: string; noun: string; index: number; count: number; canRemove: boolean; onEdit: Props['onEdit'] }) {
  const name = `${noun.toLowerCase()} ${index + 1}`;
  return (
    <div className="list-item__buttons">
      <button
        type="button"
        className="icon-btn"
        data-testid={`inspector-up-${itemKey}`}
        aria-label={`Move ${name} up`}
        title="Move up"
        disabled={index === 0}
        onClick={() => onEdit({ op: 'move', from: index, to: index - 1 })}
      >
        <Icon name="arrow-up" size={14} />
      </button>
      <button
        type="button"
        className="icon-btn"
        data-testid={`inspector-down-${itemKey}`}
        aria-label={`Move ${name} down`}
        title="Move down"
        disabled={index === count - 1}
        onClick={() => onEdit({ op: 'move', from: index, to: index + 1 })}
      >
        <Icon name="arrow-down" size={14} />
      </button>
      <button
        type="button"
        className="icon-btn icon-btn--danger"
        data-testid={`inspector-remove-${itemKey}`}
        aria-label={`Remove ${name}`}
        title={canRemove ? 'Remove' : 'The list needs at least this many items'}
        disabled={!canRemove}
        onClick={() => onEdit({ op: 'remove', index })}
      >
        <Icon name="close" size={14} />
      </button>
    </div>
  );
}

/** One item of a list setting: a plain value in one row, or a collapsible group with a summary line. */
export function ListItem({ field, listPath, index, count, value, ctx, open, canRemove, onToggle, onEdit }: Props) {
  const itemPath = [...listPath, index];
  const itemKey = keyOf(itemPath);
  const item = field.item;
  const buttons = <ItemButtons itemKey={itemKey} noun={item.title} index={index} count={count} canRemove={canRemove} onEdit={onEdit} />;

  if (isScalar(item)) {
    const error = ctx.errors.get(itemKey);
    return (
      <li className={`list-item list-item--scalar${error ? ' has-error' : ''}`} data-item={itemKey}>
        <div className="list-item__row">
          <div className="list-item__control">
            <ScalarControl field={item} ctx={ctx} base={itemPath} label={`${item.title} ${index + 1}`} />
          </div>
          {buttons}
        </div>
        {error && (
          <div className="field__error" id={`field-${ctx.nodeId}-${itemKey}-error`} role="alert" data-testid={`inspector-error-${itemKey}`}>
            {error}
          </div>
        )}
      </li>
    );
  }

  const summary = itemSummary(item, value);
  const problems = errorsUnder(ctx.errors, itemKey);
  const ownError = ctx.errors.get(itemKey);
  const bodyId = `item-${ctx.nodeId}-${itemKey}`;
  const full = [summary.title, summary.detail].filter(Boolean).join(' — ');
  return (
    <li className={`list-item${open ? ' is-open' : ''}${problems > 0 ? ' has-error' : ''}`} data-item={itemKey}>
      <div className="list-item__header">
        <button
          type="button"
          className="list-item__toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          data-testid={`inspector-item-${itemKey}`}
          title={full || `${item.title} ${index + 1}`}
          onClick={onToggle}
        >
          <Icon name={open ? 'chevron-down' : 'chevron-right'} size={12} />
          <span className="list-item__index">{index + 1}</span>
          <span className="list-item__summary">
            <span className="list-item__title">{summary.title || summary.detail || item.title}</span>
            {summary.title && summary.detail && <span className="list-item__detail">{summary.detail}</span>}
          </span>
          {problems > 0 && (
            <span className="count count--error" title={`${problems} problem${problems === 1 ? '' : 's'}`}>
              {problems}
            </span>
          )}
        </button>
        {buttons}
      </div>
      {open && (
        <div className="list-item__body" id={bodyId}>
          {ownError && (
            <div className="field__error" role="alert" data-testid={`inspector-error-${itemKey}`}>
              {ownError}
            </div>
          )}
          {item.type === 'union' ? (
            <UnionFieldView field={item} ctx={ctx} base={itemPath} asItem />
          ) : item.type === 'object' ? (
            item.fields.map((f) => <ConfigField key={f.key} field={f} ctx={ctx} base={itemPath} />)
          ) : (
            <ConfigField field={item} ctx={ctx} base={itemPath} />
          )}
        </div>
      )}
    </li>
  );
}
