// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getDatabase } from '../../../renderer/src/db/instance';
import { saveWorkshop } from '../../../renderer/src/db/write';
import type { Workshop } from '../../../shared/domain/workshop';
import { SAMPLE_WORKSHOP } from '../../../shared/method/sample-workshop';

// Restore takes its turn in the autosave queue; here nothing else is queued.
vi.mock('../../../renderer/src/editing/autosave', () => ({ getAutosave: () => ({ exclusive: <T,>(write: () => Promise<T>) => write() }) }));
const { SyncNotices } = await import('../../../renderer/src/features/team/SyncNotices');

const db = getDatabase();
const participant = SAMPLE_WORKSHOP.participants[1]!;
const kept = { ...participant, role: 'Head of accounts payable' };
const withoutParticipant: Workshop = { ...SAMPLE_WORKSHOP, participants: SAMPLE_WORKSHOP.participants.filter((p) => p.id !== participant.id) };

afterEach(async () => {
  cleanup();
  await Promise.all([db.workshops.clear(), db.summaries.clear(), db.syncNotices.clear()]);
});

async function seedNotices() {
  await saveWorkshop(db, withoutParticipant);
  await db.syncNotices.bulkAdd([
    {
      id: 'removed',
      workshopId: SAMPLE_WORKSHOP.id,
      kind: 'row-removed-elsewhere',
      message: `A participant, “${participant.name}”, was deleted on another laptop. Your version is kept here: restore it to bring it back.`,
      removedRow: { listPath: ['participants'], index: 1, row: kept },
      createdAt: '2026-12-07T10:00:00.000Z',
    },
    {
      id: 'refused',
      workshopId: SAMPLE_WORKSHOP.id,
      kind: 'update-refused',
      message: 'An update to this plan from the team server was refused, and your copy is unchanged: Phase is not one Endfirst knows.',
      createdAt: '2026-12-07T10:01:00.000Z',
    },
  ]);
}

const notice = (text: RegExp) => screen.getByText(text).closest('li') as HTMLElement;

describe('sync notices where the facilitator sees them', () => {
  it('in the library: which plan, the kept version with Restore, a refused update with Dismiss only', async () => {
    await seedNotices();
    render(<SyncNotices scope="library" />);
    const removed = await waitFor(() => notice(/was deleted on another laptop/));
    const link = await waitFor(() => within(removed).getByRole('link', { name: SAMPLE_WORKSHOP.meta.title }));
    expect(link).toHaveProperty('hash', `#/workshop/${SAMPLE_WORKSHOP.id}`);
    expect(removed.textContent).toContain(`Your version: ${participant.name} · Head of accounts payable`);
    expect(within(removed).getAllByRole('button').map((button) => button.textContent)).toEqual(['Restore', 'Dismiss']);
    const refused = notice(/was refused, and your copy is unchanged/);
    expect(within(refused).getAllByRole('button').map((button) => button.textContent)).toEqual(['Dismiss']);
  });

  it('Restore puts the row back in the plan and the notice goes; Dismiss removes only its notice', async () => {
    await seedNotices();
    render(<SyncNotices scope="plan" workshopId={SAMPLE_WORKSHOP.id} />);
    fireEvent.click(within(await waitFor(() => notice(/was deleted on another laptop/))).getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(screen.queryByText(/was deleted on another laptop/)).toBeNull());
    expect((await db.workshops.get(SAMPLE_WORKSHOP.id))?.participants[1]).toEqual(kept);
    fireEvent.click(within(notice(/was refused/)).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByText(/was refused/)).toBeNull());
    expect(await db.syncNotices.count()).toBe(0);
  });

  it('shows nothing for another plan’s notices, nor on the portfolio for a plan’s', async () => {
    await seedNotices();
    render(
      <>
        <div data-testid="library">
          <SyncNotices scope="library" />
        </div>
        <div data-testid="other plan">
          <SyncNotices scope="plan" workshopId="7e000000-0000-4000-8000-000000000999" />
        </div>
        <div data-testid="portfolio">
          <SyncNotices scope="team" />
        </div>
      </>,
    );
    // The library beside them shows both, so their queries have answered too.
    await waitFor(() => expect(within(screen.getByTestId('library')).getAllByRole('listitem')).toHaveLength(2));
    expect(screen.getByTestId('other plan').textContent).toBe('');
    expect(screen.getByTestId('portfolio').textContent).toBe('');
  });
});
