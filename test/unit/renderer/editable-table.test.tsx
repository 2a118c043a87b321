// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { moveItem, removeItem } from '../../../shared/editing/list-recipes';
import { EditableTable } from '../../../renderer/src/ui/EditableTable';

interface Row {
  id: string;
  name: string;
}

/** A list kept in state, changed a tick later like a committed edit, with move buttons on. */
function Harness({ initial }: { initial: Row[] }) {
  const [rows, setRows] = useState(initial);
  const later = (change: (list: Row[]) => Row[]) => Promise.resolve().then(() => setRows(change));
  return (
    <EditableTable
      rows={rows}
      field={['people']}
      empty="Nobody yet."
      columns={[{ header: 'Name', render: (row) => <input aria-label={`Name of ${row.name}`} defaultValue={row.name} /> }]}
      rowName={(row) => row.name}
      onRemove={(row) => later((list) => { const next = [...list]; removeItem(next, row.id); return next; })}
      onMove={(row, offset) => later((list) => { const next = [...list]; moveItem(next, row.id, offset); return next; })}
      add={{ label: 'Add person', onAdd: () => later((list) => [...list, { id: `p${list.length + 1}`, name: `P${list.length + 1}` }]) }}
    />
  );
}

const rows = (...names: string[]) => names.map((name, index) => ({ id: `p${index + 1}`, name }));
const settle = () => act(() => Promise.resolve());

afterEach(cleanup);

describe('EditableTable', () => {
  it('shows the empty note, then a table with named columns and row buttons', async () => {
    render(<Harness initial={[]} />);
    expect(screen.getByText('Nobody yet.').getAttribute('data-field')).toBe('people');
    fireEvent.click(screen.getByRole('button', { name: 'Add person' }));
    await settle();
    expect(screen.getByRole('columnheader', { name: 'Name' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Remove P1' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Move P1 up' }).hasAttribute('disabled')).toBe(true);
  });

  it('puts the focus in the first field of a new row', async () => {
    render(<Harness initial={rows('Ada', 'Tom')} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add person' }));
    await settle();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Name of P3' }));
  });

  it.each([
    ['the next row\'s remove button', 'Ada', 'Remove Tom'],
    ['the Add button after the last row', 'Tom', 'Add person'],
  ])('after a removal, focuses %s', async (_what, removed, focused) => {
    render(<Harness initial={rows('Ada', 'Tom')} />);
    fireEvent.click(screen.getByRole('button', { name: `Remove ${removed}` }));
    await settle();
    expect(screen.queryByRole('button', { name: `Remove ${removed}` })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: focused }));
  });

  it('keeps the focus on a moved row, on the other button once it reaches the end', async () => {
    render(<Harness initial={rows('Ada', 'Tom', 'Eve')} />);
    fireEvent.click(screen.getByRole('button', { name: 'Move Tom up' }));
    await settle();
    expect(screen.getAllByRole('textbox').map((input) => (input as HTMLInputElement).value)).toEqual(['Tom', 'Ada', 'Eve']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move Tom down' }));
  });

  it('has no form, so Enter in the last field submits nothing', async () => {
    render(<Harness initial={rows('Ada')} />);
    const field = screen.getByRole('textbox', { name: 'Name of Ada' });
    fireEvent.keyDown(field, { key: 'Enter' });
    await settle();
    expect(field.closest('form')).toBeNull();
    expect(screen.getAllByRole('row')).toHaveLength(2);
  });

  it('groups a row with its details, and shows remove only where allowed', () => {
    render(
      <EditableTable
        rows={rows('Ada', 'Tom')}
        field={['people']}
        empty="Nobody yet."
        columns={[{ header: 'Name', render: (row) => row.name }]}
        rowName={(row) => row.name}
        rowClassName={(row) => `person-${row.id}`}
        rowDetail={(row) => (row.name === 'Ada' ? <tr><td>Details of Ada</td></tr> : null)}
        onRemove={() => undefined}
        canRemove={(row) => row.name !== 'Ada'}
      />,
    );
    const ada = screen.getByText('Details of Ada').closest('tbody');
    expect(ada?.className).toBe('person-p1');
    expect(ada?.textContent).toContain('Ada');
    expect(screen.queryByRole('button', { name: 'Remove Ada' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Remove Tom' })).toBeTruthy();
  });
});
