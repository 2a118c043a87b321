// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../renderer/src/app/ErrorBoundary';

function Broken(): never {
  throw new Error('stage data could not be read');
}

afterEach(cleanup);

describe('the top-level error boundary', () => {
  it('shows its children while nothing is wrong', () => {
    render(
      <ErrorBoundary copyText={() => Promise.resolve()}>
        <p>Library</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText('Library')).toBeTruthy();
  });

  it('replaces a crashed screen with a calm message, Reload and Copy details', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const writeText = vi.fn(() => Promise.resolve());

    render(
      <ErrorBoundary copyText={writeText}>
        <Broken />
      </ErrorBoundary>,
    );

    expect(screen.getByRole('alert').textContent).toContain('Your workshops are safe');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Copy details' }));
    expect(await screen.findByRole('button', { name: 'Copied' })).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('stage data could not be read'));
  });
});
