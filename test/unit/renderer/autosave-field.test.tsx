// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FieldPath } from '../../../shared/editing/field-path';

const autosave = vi.hoisted(() => ({
  schedule: vi.fn<(workshopId: string, path: FieldPath, value: unknown) => void>(),
  flush: vi.fn(() => Promise.resolve()),
  pendingValue: vi.fn<(workshopId: string, path: FieldPath) => { readonly value: unknown } | undefined>(() => undefined),
}));
vi.mock('../../../renderer/src/editing/autosave', () => ({ getAutosave: () => autosave }));

const { AutosaveField } = await import('../../../renderer/src/editing/AutosaveField');

afterEach(() => {
  cleanup();
  autosave.schedule.mockReset();
  autosave.pendingValue.mockReset().mockReturnValue(undefined);
});

const field = (value: string, extra: Partial<Parameters<typeof AutosaveField>[0]> = {}) => (
  <AutosaveField workshopId="w-1" path={['endState', 'whatRuns']} value={value} label="What runs" multiline {...extra} />
);
const textbox = () => screen.getByLabelText<HTMLTextAreaElement>('What runs');

describe('a text field that autosaves', () => {
  it('hands each keystroke to autosave and keeps the text in the element', () => {
    render(field('Nightly'));
    fireEvent.change(textbox(), { target: { value: 'Nightly batch' } });
    expect(autosave.schedule).toHaveBeenCalledExactlyOnceWith('w-1', ['endState', 'whatRuns'], 'Nightly batch');
    expect(textbox().value).toBe('Nightly batch');
  });

  it.each([
    ['shows a stored value that changed elsewhere while nobody types in it', false, false, 'Changed in another window'],
    ['keeps what is being typed when a commit of older text comes back', true, false, 'Nightly batch run'],
    ['keeps text that is still waiting to be committed', false, true, 'Nightly batch run'],
  ])('%s', (_case, isTyping, isPending, shown) => {
    const { rerender } = render(field('Nightly'));
    if (isTyping) fireEvent.change(textbox(), { target: { value: 'Nightly batch run' } });
    else if (isPending) {
      textbox().value = 'Nightly batch run';
      autosave.pendingValue.mockReturnValue({ value: 'Nightly batch run' });
    }
    rerender(field(isTyping || isPending ? 'Nightly batch' : 'Changed in another window'));
    expect(textbox().value).toBe(shown);
  });

  it('shows the text still waiting for its commit when it is mounted again (stage left and reopened)', () => {
    autosave.pendingValue.mockReturnValue({ value: 'Nightly batch run' });
    render(field('Nightly'));
    expect(textbox().value).toBe('Nightly batch run');
  });

  it('follows the stored value again once the facilitator has left the field', () => {
    const { rerender } = render(field('Nightly'));
    fireEvent.change(textbox(), { target: { value: 'Nightly batch' } });
    fireEvent.blur(textbox());
    expect(autosave.flush).toHaveBeenCalledWith('w-1', ['endState', 'whatRuns']);
    rerender(field('Undone'));
    expect(textbox().value).toBe('Undone');
  });

  it('stores null when a nullable date is cleared, and nothing when a required one is', () => {
    const { unmount } = render(<AutosaveField workshopId="w-1" path={['meta', 'date']} value="2026-12-01" label="Date" type="date" nullable />);
    fireEvent.change(screen.getByLabelText('Date'), { target: { value: '' } });
    expect(autosave.schedule).toHaveBeenCalledExactlyOnceWith('w-1', ['meta', 'date'], null);
    unmount();
    autosave.schedule.mockReset();
    render(<AutosaveField workshopId="w-1" path={['meta', 'date']} value="2026-12-01" label="Date" type="date" />);
    fireEvent.change(screen.getByLabelText('Date'), { target: { value: '' } });
    expect(autosave.schedule).not.toHaveBeenCalled();
  });
});
