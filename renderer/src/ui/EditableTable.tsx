import { ArrowDown, ArrowUp } from 'lucide-react';
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { pathKey, type FieldPath } from '../../../shared/editing/field-path';
import { AddButton } from './AddButton';
import { RemoveButton } from './RemoveButton';
import './editable-table.css';

export interface EditableColumn<T> {
  /** The column's header text; it also names the column for screen readers. */
  readonly header: string;
  /** Shown to screen readers only (a column of check boxes, say, whose label says it all). */
  readonly isHeaderHidden?: boolean;
  readonly cellClassName?: string | ((row: T) => string);
  /** For a table with fixed layout, where the header cells set the column widths. */
  readonly headerClassName?: string;
  /** The cell that names the row (`<th scope="row">`), e.g. a participant's name that is not editable here. */
  readonly isRowHeader?: boolean;
  readonly render: (row: T, index: number) => ReactNode;
}

export interface EditableTableProps<T extends { readonly id: string }> {
  readonly rows: readonly T[];
  readonly columns: readonly EditableColumn<T>[];
  /** Where the list lives in the workshop: "Go to…" from a finding focuses the table (or its empty note). */
  readonly field: FieldPath;
  /** The table's own look; 'edit-table' unless a screen styles its table itself. */
  readonly baseClassName?: string;
  readonly className?: string;
  /** A class for each row (for its `<tbody>` when rows have details). */
  readonly rowClassName?: (row: T) => string | undefined;
  /**
   * What unfolds under a row (one `<tr>`, or null while folded). With it, each row and its
   * details are grouped in a `<tbody>` of their own, and the row's line gets `lineClassName`.
   */
  readonly rowDetail?: (row: T, index: number) => ReactNode;
  readonly lineClassName?: string;
  /** Shown instead of the table while there are no rows. */
  readonly empty: ReactNode;
  /** What the row is called in its buttons' names: "Tom Berg", "decision 5". Required for remove or move. */
  readonly rowName?: (row: T, index: number) => string;
  /** Removes the row; without it the table has no remove column. */
  readonly onRemove?: (row: T) => unknown;
  /** Rows that cannot be removed (the ten default standards) show no remove button. */
  readonly canRemove?: (row: T) => boolean;
  /** Moves the row one place up (−1) or down (+1); without it there are no move buttons. */
  readonly onMove?: (row: T, offset: -1 | 1) => unknown;
  /** The "Add …" button under the table; without it rows come from elsewhere. */
  readonly add?: { readonly label: string; readonly onAdd: () => unknown; readonly disabled?: boolean };
}

/** A keyboard user's next stop once the rows change: a new row's first field, or a button. */
type PendingFocus =
  | { readonly kind: 'new-row'; readonly knownIds: ReadonlySet<string> }
  | { readonly kind: 'button'; readonly goneId: string | null; readonly buttons: readonly RowButton[] };

/** A button in a row, found again after the rows re-render: data-row-id on the row, data-role on the button. */
interface RowButton {
  readonly rowId: string;
  readonly role: 'remove' | 'up' | 'down';
}

/** A focus request nothing answers (a refused edit, a full list) is dropped after this long. */
const PENDING_FOCUS_EXPIRY_MS = 4000;
const FIRST_FIELD = 'input, select, textarea';

/**
 * Every editable list of rows in the app: participants, decisions, actions, exit criteria, risks…
 * One keyboard behaviour everywhere: a new row's first field takes the focus; after a row is
 * removed the focus goes to the next row's remove button, or to the Add button when it was the
 * last; a moved row keeps the focus on its move button. There is no form, so Enter in a field
 * submits nothing.
 */
export function EditableTable<T extends { readonly id: string }>({
  rows,
  columns,
  field,
  baseClassName = 'edit-table',
  className,
  rowClassName,
  rowDetail,
  lineClassName,
  empty,
  rowName = (_row, index) => `row ${index + 1}`,
  onRemove,
  canRemove = () => true,
  onMove,
  add,
}: EditableTableProps<T>) {
  const rootRef = useRef<HTMLDivElement>(null);
  const pending = useRef<{ request: PendingFocus; at: number } | null>(null);
  const listField = { 'data-field': pathKey(field) };

  useLayoutEffect(() => {
    const request = pending.current;
    const root = rootRef.current;
    if (request === null || root === null) return;
    if (Date.now() - request.at > PENDING_FOCUS_EXPIRY_MS) {
      pending.current = null;
      return;
    }
    const target = findTarget(root, request.request, rows);
    if (target === undefined) return;
    pending.current = null;
    target?.focus();
  }, [rows]);

  const focusLater = (request: PendingFocus) => remember(pending, request);

  const remove = (row: T, index: number) => {
    const next = rows[index + 1];
    focusLater({ kind: 'button', goneId: row.id, buttons: next ? [{ rowId: next.id, role: 'remove' }] : [] });
    void onRemove?.(row);
  };

  const move = (row: T, offset: -1 | 1) => {
    // At the top (or bottom) its own button is disabled: the other one keeps the focus in the row.
    const [same, other] = offset < 0 ? (['up', 'down'] as const) : (['down', 'up'] as const);
    focusLater({ kind: 'button', goneId: null, buttons: [{ rowId: row.id, role: same }, { rowId: row.id, role: other }] });
    void onMove?.(row, offset);
  };

  const addRow = () => {
    focusLater({ kind: 'new-row', knownIds: new Set(rows.map((row) => row.id)) });
    void add?.onAdd();
  };

  const hasRowButtons = onRemove !== undefined || onMove !== undefined;
  const cellClass = (column: EditableColumn<T>, row: T) =>
    typeof column.cellClassName === 'function' ? column.cellClassName(row) : column.cellClassName;
  const line = (row: T, index: number, className: string | undefined) => {
    const name = rowName(row, index);
    return (
      <tr key={row.id} data-row-id={row.id} className={className}>
        {columns.map((column) =>
          column.isRowHeader ? (
            <th key={column.header} scope="row" className={cellClass(column, row)}>
              {column.render(row, index)}
            </th>
          ) : (
            <td key={column.header} className={cellClass(column, row)}>
              {column.render(row, index)}
            </td>
          ),
        )}
        {hasRowButtons && (
          <td className="row-buttons">
            {onMove && (
              <>
                <MoveButton direction="up" name={name} disabled={index === 0} onClick={() => move(row, -1)} />
                <MoveButton direction="down" name={name} disabled={index === rows.length - 1} onClick={() => move(row, 1)} />
              </>
            )}
            {onRemove && canRemove(row) && <RemoveButton label={`Remove ${name}`} data-role="remove" onClick={() => remove(row, index)} />}
          </td>
        )}
      </tr>
    );
  };
  return (
    <div ref={rootRef} className="editable-table">
      {rows.length === 0 ? (
        <p className="empty-note" {...listField} tabIndex={-1}>
          {empty}
        </p>
      ) : (
        <table className={[baseClassName, className].filter(Boolean).join(' ')} {...listField} tabIndex={-1}>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.header} scope="col" className={column.headerClassName}>
                  {column.isHeaderHidden ? <span className="visually-hidden">{column.header}</span> : column.header}
                </th>
              ))}
              {hasRowButtons && (
                <th scope="col" className="row-buttons">
                  <span className="visually-hidden">{onRemove ? 'Remove' : 'Move'}</span>
                </th>
              )}
            </tr>
          </thead>
          {rowDetail === undefined ? <tbody>{rows.map((row, index) => line(row, index, rowClassName?.(row)))}</tbody> : rows.map((row, index) => (
            <tbody key={row.id} className={rowClassName?.(row)}>
              {line(row, index, lineClassName)}
              {rowDetail(row, index)}
            </tbody>
          ))}
        </table>
      )}
      {add && (
        <AddButton onClick={addRow} disabled={add.disabled} data-role="add">
          {add.label}
        </AddButton>
      )}
    </div>
  );
}

/**
 * The element a pending request points at once the rows show its result; undefined while the
 * rows do not show it yet, null when there is nothing left to focus.
 */
function findTarget(root: HTMLElement, request: PendingFocus, rows: readonly { readonly id: string }[]): HTMLElement | null | undefined {
  if (request.kind === 'new-row') {
    const added = rows.find((row) => !request.knownIds.has(row.id));
    if (added === undefined) return undefined;
    return rowElement(root, added.id)?.querySelector<HTMLElement>(FIRST_FIELD) ?? null;
  }
  if (request.goneId !== null && rows.some((row) => row.id === request.goneId)) return undefined;
  const candidates = request.buttons.map(({ rowId, role }) => rowElement(root, rowId)?.querySelector<HTMLButtonElement>(`[data-role="${role}"]`));
  candidates.push(root.querySelector<HTMLButtonElement>('[data-role="add"]'));
  return candidates.find((candidate) => candidate && !candidate.disabled) ?? null;
}

function remember(pending: { current: { request: PendingFocus; at: number } | null }, request: PendingFocus) {
  pending.current = { request, at: Date.now() };
}

/** Compares ids rather than building a selector from them, so no id needs escaping. */
const rowElement = (root: HTMLElement, rowId: string) =>
  [...root.querySelectorAll<HTMLElement>('tr[data-row-id]')].find((row) => row.dataset['rowId'] === rowId);

function MoveButton({ direction, name, disabled, onClick }: { direction: 'up' | 'down'; name: string; disabled: boolean; onClick: () => void }) {
  const Icon = direction === 'up' ? ArrowUp : ArrowDown;
  return (
    <button type="button" className="icon-button" aria-label={`Move ${name} ${direction}`} data-role={direction} disabled={disabled} onClick={onClick}>
      <Icon aria-hidden="true" size={18} />
    </button>
  );
}
