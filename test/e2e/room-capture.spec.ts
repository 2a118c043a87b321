import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Participant } from '../../shared/domain/participants';
import type { Note } from '../../shared/domain/room';
import type { Workshop } from '../../shared/domain/workshop';
import { expect, openApp, type PageProblems, test } from './fixtures';
import { seedWorkshops, storedWorkshop, testId, testWorkshop } from './seed';

/** A workshop with two people in the room, on two teams. */
function workshopWithRoom(title: string, notes: readonly string[] = []): Workshop {
  const workshop = testWorkshop(title);
  const person = (name: string, team: Participant['team']): Participant => ({ id: testId(), name, role: '', team, present: true });
  workshop.participants = [person('Priya Raman', 'operations'), person('Sam Lee', 'innovation')];
  workshop.room.notes = notes.map(
    (text, index): Note => ({
      id: testId(),
      stageId: 'standards',
      text,
      authorParticipantId: null,
      groupId: null,
      createdAt: `2026-11-26T09:0${index}:00.000Z`,
    }),
  );
  return workshop;
}

async function openStage(page: Page, workshop: Workshop) {
  await openApp(page);
  await seedWorkshops(page, [workshop]);
  await page.goto(`./#/workshop/${workshop.id}/standards`);
  await expect(page.getByRole('heading', { name: 'Room notes' })).toBeVisible();
}

/** What IndexedDB holds once `read` finds it (text edits are debounced). */
async function eventually<T>(page: Page, id: string, read: (workshop: Workshop) => T | undefined): Promise<T> {
  let value: T | undefined;
  await expect
    .poll(async () => {
      const stored = await storedWorkshop(page, id);
      value = stored ? read(stored) : undefined;
      return value;
    })
    .not.toBeUndefined();
  return value as T;
}

async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

function expectNoProblems(problems: PageProblems) {
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
  expect(problems.offsiteRequests).toEqual([]);
}

test('notes: shortcut, Enter to add, author team, edit, group by keyboard and drag, delete, park; the parking lot drawer; private notes persist', async ({
  page,
  problems,
}) => {
  const workshop = workshopWithRoom('Capture');
  await openStage(page, workshop);
  const composer = page.getByRole('textbox', { name: 'New note' });
  const cards = page.locator('.note-card');

  // room:new-note from anywhere on the stage.
  await page.getByRole('heading', { name: 'Room notes' }).click();
  await page.keyboard.press('Control+Shift+Enter');
  await expect(composer).toBeFocused();

  await page.keyboard.type('Pen test first');
  await page.keyboard.press('Enter');
  await expect(cards).toHaveCount(1);
  await expect(composer).toHaveValue('');
  await expect(composer).toBeFocused();
  await expect(cards.first()).toContainText('The room');

  await page.getByLabel('Author').selectOption({ label: 'Priya Raman' });
  await composer.fill('Who signs off');
  await composer.press('Shift+Enter');
  await composer.pressSequentially('the data retention?');
  await composer.press('Enter');
  await expect(cards).toHaveCount(2);
  await expect(cards.nth(1)).toContainText('Priya Raman · Operations');
  await expect(cards.nth(1)).toHaveClass(/team-operations/);
  await expect(page.getByRole('textbox', { name: 'Note 2' })).toHaveValue('Who signs off\nthe data retention?');

  // Blank input is refused with a message and stores nothing.
  await composer.fill('   ');
  await composer.press('Enter');
  await expect(page.getByRole('alert')).toHaveText('Write the note first.');

  await page.getByRole('textbox', { name: 'Note 1' }).fill('Pen test before go-live');
  await page.getByRole('textbox', { name: 'Note 1' }).blur();

  // Group with the keyboard path: "New group…" makes a group and puts the cursor on its name.
  await page.getByLabel('Group of note 1').selectOption({ label: 'New group…' });
  const groupName = page.getByRole('textbox', { name: 'Name of group 1' });
  await expect(groupName).toBeFocused();
  await groupName.fill('Security');
  await groupName.blur();
  await page.getByLabel('Group of note 2').selectOption({ label: 'Security' });
  await expect(page.getByRole('region', { name: 'Group: Security' }).locator('.note-card')).toHaveCount(2);
  const grouped = await eventually(page, workshop.id, (w) => {
    const group = w.room.noteGroups[0];
    return group?.label === 'Security' && w.room.notes.every((n) => n.groupId === group.id) && w.room.notes[0]?.text === 'Pen test before go-live'
      ? w.room
      : undefined;
  });
  expect(grouped.notes.map((n) => [n.text, n.authorParticipantId, n.stageId])).toEqual([
    ['Pen test before go-live', null, 'standards'],
    ['Who signs off\nthe data retention?', workshop.participants[0]!.id, 'standards'],
  ]);

  await expectNoSeriousAxeViolations(page);

  // The pointer path: drag note 2 by its grip out of the group.
  const ungrouped = page.getByRole('region', { name: 'Notes not in a group' });
  await ungrouped.scrollIntoViewIfNeeded();
  await cards.nth(1).locator('.note-grip').dragTo(ungrouped);
  await expect(ungrouped.locator('.note-card')).toHaveCount(1);
  await eventually(page, workshop.id, (w) => (w.room.notes[1]?.groupId === null ? true : undefined));

  await page.getByRole('button', { name: 'Remove note 2' }).click();
  await expect(cards).toHaveCount(1);
  await page.getByRole('button', { name: 'Park note 1' }).click();
  await expect(cards).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Parking lot, 1 open' })).toBeVisible();
  await eventually(page, workshop.id, (w) => (w.room.notes.length === 0 && w.room.parkingLot.length === 1 ? true : undefined));

  // room:parking-lot opens the drawer from the stage.
  await page.getByRole('heading', { name: 'Room notes' }).click();
  await page.keyboard.press('Control+Shift+K');
  const drawer = page.getByRole('dialog', { name: 'Room records' });
  await expect(drawer).toBeVisible();
  await expect(drawer.getByRole('tab', { name: /Parking lot/ })).toHaveAttribute('aria-selected', 'true');
  await expect(drawer.getByRole('textbox', { name: 'Parked item 1' })).toHaveValue('Pen test before go-live');
  await expect(drawer.getByText('From stage 3, Standards')).toBeVisible();
  await drawer.getByRole('button', { name: 'Park an item' }).click();
  await expect(drawer.getByRole('textbox', { name: 'Parked item 2' })).toBeFocused();
  await page.keyboard.type('Ask legal about the vendor contract');
  await drawer.getByRole('checkbox', { name: 'Resolved for parked item 1' }).check();
  await expectNoSeriousAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(drawer).toHaveCount(0);
  const parked = await eventually(page, workshop.id, (w) =>
    w.room.parkingLot.length === 2 && w.room.parkingLot[1]?.text === 'Ask legal about the vendor contract' ? w.room.parkingLot : undefined,
  );
  expect(parked.map((p) => [p.stageId, p.resolved])).toEqual([
    ['standards', true],
    ['standards', false],
  ]);

  // Facilitator notes: folded by default, kept after a reload.
  const privateNotes = page.getByText('Facilitator notes — private, never on the projector');
  await privateNotes.click();
  await page.getByRole('textbox', { name: 'Your notes for this stage' }).fill('Finance is quiet: ask Sam directly.');
  await page.getByRole('textbox', { name: 'Your notes for this stage' }).blur();
  await eventually(page, workshop.id, (w) => (w.room.facilitatorNotes.standards === 'Finance is quiet: ask Sam directly.' ? true : undefined));
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Your notes for this stage' })).toHaveCount(0);
  await privateNotes.click();
  await expect(page.getByRole('textbox', { name: 'Your notes for this stage' })).toHaveValue('Finance is quiet: ask Sam directly.');
  expectNoProblems(problems);
});

test('dot vote: the budget holds, pass the laptop hides other dots, results sort, promote lands in actions', async ({ page, problems }) => {
  const workshop = workshopWithRoom('Vote', ['Pen test before go-live', 'Runbook owned by the service desk', 'Fallback to the manual queue']);
  const [priya, sam] = workshop.participants;
  await openStage(page, workshop);

  await expect(page.getByLabel('Dots per person')).toHaveValue('3');
  await page.getByLabel('Dots per person').fill('11');
  await page.getByRole('button', { name: 'Start a vote' }).click();
  await expect(page.getByRole('alert')).toContainText('from 1 to 10');
  expect((await storedWorkshop(page, workshop.id))?.room.votes.sessions).toEqual([]);
  await page.getByLabel('Dots per person').fill('3');
  await page.getByRole('button', { name: 'Start a vote' }).click();

  // The facilitator enters Priya's dots: the fourth is refused.
  await expect(page.getByLabel('Dots of')).toHaveValue(priya!.id);
  await page.getByRole('button', { name: 'Add a dot to note 1' }).click();
  await page.getByRole('button', { name: 'Add a dot to note 1' }).click();
  await page.getByRole('button', { name: 'Add a dot to note 2' }).click();
  await expect(page.getByText('0 of 3 dots left')).toBeVisible();
  for (const n of [1, 2, 3]) await expect(page.getByRole('button', { name: `Add a dot to note ${n}` })).toBeDisabled();
  await page.getByRole('button', { name: 'Add a dot to note 3' }).click({ force: true });
  const afterPriya = await eventually(page, workshop.id, (w) => w.room.votes.sessions[0]?.ballots[priya!.id]);
  expect(afterPriya).toEqual({ [workshop.room.notes[0]!.id]: 2, [workshop.room.notes[1]!.id]: 1 });
  await expect(page.getByRole('list', { name: 'Vote results, most dots first' })).toHaveCount(0);

  // Pass the laptop: Sam sees his own (empty) ballot, never Priya's dots.
  await page.getByRole('button', { name: 'Pass the laptop' }).click();
  const laptop = page.getByRole('dialog', { name: 'Priya Raman — 3 dots' });
  await expect(laptop.getByText('0 of 3 dots left')).toBeVisible();
  await laptop.getByRole('button', { name: 'Done — next person' }).click();
  const samsTurn = page.getByRole('dialog', { name: 'Sam Lee — 3 dots' });
  await expect(samsTurn.getByText('3 of 3 dots left')).toBeVisible();
  await expect(samsTurn.getByRole('img', { name: '0 dots on note 1' })).toBeVisible();
  await expect(page.getByRole('img', { name: '2 dots on note 1' })).toHaveCount(0);
  for (let i = 0; i < 3; i++) await samsTurn.getByRole('button', { name: 'Add a dot to note 3' }).click();
  await expect(samsTurn.getByRole('button', { name: 'Add a dot to note 3' })).toBeDisabled();
  await samsTurn.getByRole('button', { name: 'Done — everyone has voted' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.getByRole('button', { name: 'Reveal results' }).click();
  const results = page.getByRole('list', { name: 'Vote results, most dots first' }).getByRole('listitem');
  await expect(results).toHaveCount(3);
  await expect(results.nth(0)).toContainText('3dotsFallback to the manual queue');
  await expect(results.nth(1)).toContainText('2dotsPen test before go-live');
  await expect(results.nth(2)).toContainText('1dotRunbook owned by the service desk');
  const session = await eventually(page, workshop.id, (w) => (w.room.votes.sessions[0]?.status === 'revealed' ? w.room.votes.sessions[0] : undefined));
  expect(session.ballots[sam!.id]).toEqual({ [workshop.room.notes[2]!.id]: 3 });

  await page.getByRole('button', { name: 'Promote to…, note 3' }).click();
  await page.getByRole('group', { name: 'Promote note 3 to' }).getByRole('button', { name: 'Action' }).click();
  await expect(page.getByRole('status')).toContainText('added to the actions list');
  await page.getByRole('button', { name: /Parking lot/ }).click();
  await page.getByRole('tab', { name: /Actions/ }).click();
  await expect(page.getByRole('textbox', { name: 'Action 1', exact: true })).toHaveValue('Fallback to the manual queue');
  const actions = await eventually(page, workshop.id, (w) => (w.room.actions.length === 1 ? w.room.actions : undefined));
  expect(actions[0]).toMatchObject({ text: 'Fallback to the manual queue', status: 'open', ownerParticipantId: null });
  expectNoProblems(problems);
});
