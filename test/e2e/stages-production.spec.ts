import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import type { Participant } from '../../shared/domain/participants';
import type { Workshop } from '../../shared/domain/workshop';
import { SAMPLE_WORKSHOP } from '../../shared/method/sample-workshop';
import { expect, openApp, test, type PageProblems } from './fixtures';
import { seedWorkshops, storedWorkshop, testId, testWorkshop } from './seed';

/**
 * The three production stages — the end state, who runs it, production standards — filled the
 * way a facilitator would, checked against what IndexedDB really holds.
 */

const person = (name: string, team: Participant['team'], present = true): Participant => ({
  id: testId(),
  name,
  role: '',
  team,
  present,
});

async function openStage(page: Page, workshop: Workshop, stageId: string) {
  await openApp(page);
  await seedWorkshops(page, [workshop]);
  await page.goto(`./#/workshop/${workshop.id}/${stageId}`);
  await expect(page.locator('.stage-kicker')).toBeVisible();
}

/** What is on disk, polled until the debounce and the transaction have both finished. */
const onDisk = <T>(page: Page, id: string, pick: (workshop: Workshop) => T) =>
  expect.poll(async () => {
    const workshop = await storedWorkshop(page, id);
    return workshop === undefined ? undefined : pick(workshop);
  });

/**
 * The app records the facilitator's local day. The page's Date stands still at local noon of
 * TODAY, so "today" is known in advance and a run that crosses midnight cannot split it.
 */
const TODAY = '2026-11-26';
const holdTheDay = (page: Page) => page.clock.setFixedTime(new Date(`${TODAY}T12:00:00`));

/** Presses Tab (keyboard only) until `target` has the focus. */
async function tabTo(page: Page, target: Locator, maxPresses = 80) {
  for (let press = 0; press < maxPresses; press += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

const expectFocused = (locator: Locator) => expect(locator).toBeFocused();

function expectNoProblems(problems: PageProblems) {
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
  expect(problems.offsiteRequests).toEqual([]);
}

test.describe('stage 1: the end state', () => {
  test('describes production and stores a volume as a number, empty as null', async ({ page, problems }) => {
    const workshop = testWorkshop('End state');
    await openStage(page, workshop, 'end-state');

    await page.getByLabel('What runs', { exact: true }).fill('Every supplier invoice is read, matched and routed.');
    await page.getByLabel('For whom', { exact: true }).fill('The 14 AP clerks.');
    await page.getByLabel('Volume per day', { exact: true }).fill('1,800');
    await page.getByLabel('Turnaround', { exact: true }).fill('Within 15 minutes in business hours.');
    await page.getByLabel('Quality bar', { exact: true }).fill('95% routed to the right queue.');
    await page.getByLabel('What happens to the inputs that break it', { exact: true }).fill('A manual "unreadable" queue.');
    await page.getByLabel('What happens to the inputs that break it', { exact: true }).blur();

    await onDisk(page, workshop.id, (w) => w.endState).toEqual({
      whatRuns: 'Every supplier invoice is read, matched and routed.',
      forWhom: 'The 14 AP clerks.',
      volumePerDay: 1800,
      turnaround: 'Within 15 minutes in business hours.',
      qualityBar: '95% routed to the right queue.',
      brokenInputs: 'A manual "unreadable" queue.',
      // Not on this part of the screen: as a new workshop has them.
      inputVarieties: [],
      aiRisk: testWorkshop('x').endState.aiRisk,
    });
    await expect(page.getByLabel('Volume per day', { exact: true })).toHaveValue((1800).toLocaleString('en-US'));

    await page.getByLabel('Volume per day', { exact: true }).fill('lots');
    await expect(page.getByRole('alert')).toContainText('whole number');
    await onDisk(page, workshop.id, (w) => w.endState.volumePerDay).toBe(1800);
    await page.getByLabel('Volume per day', { exact: true }).fill('');
    await onDisk(page, workshop.id, (w) => w.endState.volumePerDay).toBeNull();
    expectNoProblems(problems);
  });

  test('the pre-mortem: add risks quickly with Enter, rate them, remove one', async ({ page, problems }) => {
    const workshop = testWorkshop('Pre-mortem');
    await openStage(page, workshop, 'end-state');
    await expect(page.getByText('“A year from now this pilot quietly died. Why?”')).toBeVisible();

    await page.getByRole('button', { name: 'Add risk' }).click();
    await expectFocused(page.getByLabel('Risk 1', { exact: true }));
    await page.keyboard.type('Nobody had time to learn it.');
    await page.keyboard.press('Enter');
    await expectFocused(page.getByLabel('Risk 2', { exact: true }));
    await page.keyboard.type('Costs tripled at month end.');
    await page.keyboard.press('Enter');
    await expectFocused(page.getByLabel('Risk 3', { exact: true }));
    // Enter on an empty risk adds nothing: no trail of blank rows.
    await page.keyboard.press('Enter');
    await expect(page.getByLabel(/^Risk \d+$/)).toHaveCount(3);

    await page.getByLabel('Likelihood of risk 1', { exact: true }).selectOption('high');
    await page.getByLabel('Impact of risk 1', { exact: true }).selectOption('low');
    await page.getByLabel('Impact of risk 2', { exact: true }).selectOption('high');
    await page.getByRole('button', { name: 'Remove risk 3' }).click();
    await expect(page.getByLabel(/^Risk \d+$/)).toHaveCount(2);

    await onDisk(page, workshop.id, (w) =>
      w.preMortemRisks.map(({ text, likelihood, impact, answeredBy }) => ({ text, likelihood, impact, answeredBy })),
    ).toEqual([
      { text: 'Nobody had time to learn it.', likelihood: 'high', impact: 'low', answeredBy: [] },
      { text: 'Costs tripled at month end.', likelihood: 'medium', impact: 'high', answeredBy: [] },
    ]);
    await expect(page.getByText('No answer yet', { exact: true })).toHaveCount(2);

    // Enter in the middle of the list inserts the next risk right after the current one.
    await page.getByLabel('Risk 1', { exact: true }).press('End');
    await page.keyboard.press('Enter');
    // The new row exists once the insert is stored; a person sees the cursor move before typing on.
    await expectFocused(page.getByLabel('Risk 2', { exact: true }));
    await expect(page.getByLabel('Risk 2', { exact: true })).toHaveValue('');
    await page.keyboard.type('The ERP upgrade broke matching.');
    await onDisk(page, workshop.id, (w) => w.preMortemRisks.map((r) => r.text)).toEqual([
      'Nobody had time to learn it.',
      'The ERP upgrade broke matching.',
      'Costs tripled at month end.',
    ]);
    expectNoProblems(problems);
  });

  test('shows what answers each sample risk, read-only', async ({ page, problems }) => {
    await openStage(page, SAMPLE_WORKSHOP, 'end-state');
    const rows = page.locator('.premortem-table tbody tr');
    await expect(rows).toHaveCount(6);
    await expect(rows.nth(3)).toContainText('Answered by 3');
    // The ERP-upgrade risk has no answer in the plan but is accepted by the sponsor until a date.
    await expect(rows.nth(5)).toContainText('No answer yet');
    await expect(rows.nth(5)).toContainText('Accepted by Henrik Vos until');
    await expect(page.getByText('6 risks, all answered in the plan or accepted · 1 accepted')).toBeVisible();
    expectNoProblems(problems);
  });
});

test.describe('stage 2: who runs it', () => {
  const withPeople = (title: string) => {
    const priya = person('Priya Raman', 'operations');
    const tom = person('Tom Okafor', 'innovation');
    return { workshop: { ...testWorkshop(title), participants: [tom, priya] }, priya, tom };
  };

  test('pick the owner from the participants, then switch to someone not in the room', async ({ page, problems }) => {
    const { workshop, priya } = withPeople('Owner');
    await openStage(page, workshop, 'operating-model');
    const owner = page.getByLabel('Operational owner', { exact: true });
    await expect(owner.locator('option')).toHaveText([
      'Not chosen yet',
      'Tom Okafor — Innovation',
      'Priya Raman — Operations',
      'Someone not in the room',
    ]);
    await expect(page.getByRole('status').filter({ hasText: 'No operational owner yet' })).toBeVisible();

    await owner.selectOption({ label: 'Priya Raman — Operations' });
    await onDisk(page, workshop.id, (w) => [w.operatingModel.ownerParticipantId, w.operatingModel.ownerName]).toEqual([
      priya.id,
      'Priya Raman',
    ]);
    await expect(page.getByText('Priya Raman runs it.')).toBeVisible();
    await expect(page.locator('.om-warnings')).not.toContainText('No operational owner yet');
    await expect(page.getByLabel('Owner’s name', { exact: true })).toHaveCount(0);

    await owner.selectOption({ label: 'Someone not in the room' });
    await expect(page.getByLabel('Owner’s name', { exact: true })).toHaveValue('');
    await onDisk(page, workshop.id, (w) => [w.operatingModel.ownerParticipantId, w.operatingModel.ownerName]).toEqual([
      null,
      '',
    ]);
    await expect(page.getByText('Nobody is named to run it yet.')).toBeVisible();
    await page.getByLabel('Owner’s name', { exact: true }).fill('Kim Lee');
    await page.getByLabel('Owner’s team', { exact: true }).fill('Finance Systems');
    await onDisk(page, workshop.id, (w) => [w.operatingModel.ownerParticipantId, w.operatingModel.ownerName, w.operatingModel.ownerTeam]).toEqual([
      null,
      'Kim Lee',
      'Finance Systems',
    ]);
    await expect(page.getByText('Kim Lee runs it.')).toBeVisible();

    // The name survives a reload: the stored model alone says "someone not in the room".
    await page.reload();
    await expect(page.getByLabel('Operational owner', { exact: true })).toHaveValue('elsewhere');
    await expect(page.getByLabel('Owner’s name', { exact: true })).toHaveValue('Kim Lee');
    expectNoProblems(problems);
  });

  test('ticking "owner confirmed" records today; a new owner has to confirm again', async ({ page, problems }) => {
    const { workshop, tom } = withPeople('Confirmation');
    await holdTheDay(page);
    await openStage(page, workshop, 'operating-model');
    await page.getByLabel('Operational owner', { exact: true }).selectOption({ label: 'Priya Raman — Operations' });
    await expect(page.getByText('Not confirmed yet')).toBeVisible();

    const confirmed = page.getByRole('checkbox', { name: 'Owner confirmed' });
    await confirmed.click();
    await expect(confirmed).toBeChecked();
    const today = TODAY;
    await onDisk(page, workshop.id, (w) => [w.operatingModel.ownerConfirmed, w.operatingModel.ownerConfirmedOn]).toEqual([true, today]);
    await expect(page.getByLabel('Confirmed on', { exact: true })).toHaveValue(today);
    await expect(page.getByText(/^Confirmed on /)).toBeVisible();

    await page.getByLabel('Confirmed on', { exact: true }).fill('2026-11-20');
    await onDisk(page, workshop.id, (w) => w.operatingModel.ownerConfirmedOn).toBe('2026-11-20');
    // Clearing the date stores null, never an empty string (which would not be a valid date).
    await page.getByLabel('Confirmed on', { exact: true }).fill('');
    await onDisk(page, workshop.id, (w) => w.operatingModel.ownerConfirmedOn).toBeNull();
    await page.getByLabel('Confirmed on', { exact: true }).fill('2026-11-21');
    await onDisk(page, workshop.id, (w) => w.operatingModel.ownerConfirmedOn).toBe('2026-11-21');

    await page.getByLabel('Operational owner', { exact: true }).selectOption(tom.id);
    await onDisk(page, workshop.id, (w) => [w.operatingModel.ownerName, w.operatingModel.ownerConfirmed, w.operatingModel.ownerConfirmedOn]).toEqual([
      'Tom Okafor',
      false,
      null,
    ]);
    await expect(page.getByLabel('Confirmed on', { exact: true })).toHaveCount(0);
    expectNoProblems(problems);
  });

  test('warns, without blocking, when nobody from operations is in the room', async ({ page, problems }) => {
    const workshop = { ...testWorkshop('No ops'), participants: [person('Maria', 'innovation'), person('Lars', 'operations', false)] };
    await openStage(page, workshop, 'operating-model');
    await expect(page.getByRole('status').filter({ hasText: 'Nobody from operations is in the room' })).toBeVisible();
    await page.getByLabel('Who gets the call at 2am', { exact: true }).fill('The service desk on-call engineer.');
    await onDisk(page, workshop.id, (w) => w.operatingModel.onCall).toBe('The service desk on-call engineer.');
    await expect(page.getByRole('status').filter({ hasText: 'Nobody from operations is in the room' })).toBeVisible();
    expectNoProblems(problems);
  });

  test('the whole operating model by keyboard only', async ({ page, problems }) => {
    const { workshop, tom } = withPeople('Keyboard');
    await holdTheDay(page);
    await openStage(page, workshop, 'operating-model');
    const owner = page.getByLabel('Operational owner', { exact: true });
    const save = (w: Workshop) => w.operatingModel;

    await tabTo(page, owner);
    // Arrow keys on the closed select step through the people: first Tom, then Priya.
    await page.keyboard.press('ArrowDown');
    await onDisk(page, workshop.id, (w) => save(w).ownerParticipantId).toBe(tom.id);
    await expect(owner).toHaveValue(tom.id);
    await page.keyboard.press('ArrowDown');
    await expect(owner).toHaveValue(workshop.participants[1]!.id);
    await page.keyboard.press('ArrowDown');
    await expect(owner).toHaveValue('elsewhere');
    await expectFocused(owner);
    // The name field appears once the choice is stored; Tab before that would pass it by.
    await expect(page.getByLabel('Owner’s name', { exact: true })).toBeVisible();

    await page.keyboard.press('Tab');
    await expectFocused(page.getByLabel('Owner’s name', { exact: true }));
    await page.keyboard.type('Kim Lee');
    await page.keyboard.press('Tab');
    await expectFocused(page.getByLabel('Owner’s team', { exact: true }));
    await page.keyboard.type('Finance Systems');
    await page.keyboard.press('Shift+Tab');
    await expectFocused(page.getByLabel('Owner’s name', { exact: true }));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const confirmed = page.getByRole('checkbox', { name: 'Owner confirmed' });
    await expectFocused(confirmed);
    await page.keyboard.press('Space');
    await expect(confirmed).toBeChecked();
    // The box shows the tick at once; the date field follows when the confirmation is stored.
    await expect(page.getByLabel('Confirmed on', { exact: true })).toBeVisible();
    await page.keyboard.press('Tab');
    await expectFocused(page.getByLabel('Confirmed on', { exact: true }));

    const fields: [string, string][] = [
      ['Who operates it day to day', 'Two AP senior clerks'],
      ['Support hours', 'Mon–Fri 07:00–19:00'],
      ['Service levels', 'P1 within 1 hour'],
      ['Who approves changes to the model or prompts', 'Kim Lee'],
      ['Who gets the call at 2am', 'Service desk'],
      ['Escalation path', 'Service desk'],
      ['What users do when it is down', 'Manual queue'],
    ];
    for (const [label, text] of fields) {
      await tabTo(page, page.getByLabel(label, { exact: true }), 6);
      await page.keyboard.type(text);
    }
    // Enter in a multi-line answer is a new line, not a submit.
    await page.keyboard.press('Enter');
    await page.keyboard.type('(runbook AP-07)');
    await page.keyboard.press('Shift+Tab');

    const today = TODAY;
    await onDisk(page, workshop.id, save).toEqual({
      ownerParticipantId: null,
      ownerName: 'Kim Lee',
      ownerTeam: 'Finance Systems',
      operators: 'Two AP senior clerks',
      supportHours: 'Mon–Fri 07:00–19:00',
      onCall: 'Service desk',
      escalationPath: 'Service desk',
      serviceLevels: 'P1 within 1 hour',
      changeApprover: 'Kim Lee',
      downtimeFallback: 'Manual queue\n(runbook AP-07)',
      ownerConfirmed: true,
      ownerConfirmedOn: today,
      qualityGate: { goldenSetSize: null, passThreshold: '' },
      modelEndOfLife: null,
    });
    expectNoProblems(problems);
  });
});

test.describe('stage 3: production standards', () => {
  test('mark a default as not applying with a reason, give owners and statuses', async ({ page, problems }) => {
    const workshop = { ...testWorkshop('Standards'), participants: [person('Aisha Bello', 'it-security')] };
    await openStage(page, workshop, 'standards');
    const summary = page.locator('.standards-summary');
    await expect(summary).toHaveText('10 standards · 0 agreed · 10 without an owner');
    await expect(page.getByText('IT security has reviewed the architecture')).toBeVisible();
    // Participants' names are offered for the owner.
    await expect(page.getByLabel('Owner of Security review', { exact: true })).toHaveAttribute('list', /.+/);
    await expect(page.locator('datalist option')).toHaveAttribute('value', 'Aisha Bello');

    await page.getByLabel('Owner of Security review', { exact: true }).fill('Aisha Bello');
    await page.getByLabel('Status of Security review', { exact: true }).selectOption('agreed');
    await page.getByLabel('Priority of Security review', { exact: true }).selectOption('medium');

    const costModel = page.getByRole('button', { name: 'Details of Cost model' });
    await expect(costModel).toHaveAttribute('aria-expanded', 'false');
    await costModel.click();
    await expect(costModel).toHaveAttribute('aria-expanded', 'true');
    const applies = page.getByRole('checkbox', { name: /Applies to this capability — Cost model/ });
    await applies.click();
    await expect(applies).not.toBeChecked();
    await page.getByLabel('Why Cost model does not apply', { exact: true }).fill('Runs on an existing flat-fee licence.');

    await page.getByRole('button', { name: 'Details of Security review' }).click();
    await page.getByLabel('Acceptance criteria for Security review', { exact: true }).fill('Pen test passed with no high findings.');
    await page.getByLabel('Evidence for Security review', { exact: true }).fill('The pen test report.');
    await page.getByLabel('Evidence for Security review', { exact: true }).blur();

    await onDisk(page, workshop.id, (w) => w.standards.find((s) => s.key === 'security-review')).toMatchObject({
      owner: 'Aisha Bello',
      status: 'agreed',
      priority: 'medium',
      acceptanceCriteria: 'Pen test passed with no high findings.',
      evidence: 'The pen test report.',
    });
    await onDisk(page, workshop.id, (w) => w.standards.find((s) => s.key === 'cost-model')).toMatchObject({
      applies: false,
      notApplicableReason: 'Runs on an existing flat-fee licence.',
    });
    await expect(summary).toHaveText('10 standards · 1 agreed · 8 without an owner · 1 does not apply');
    await expect(page.locator('tbody.standard', { hasText: 'Cost model' })).toContainText('Does not apply');
    // Defaults are marked "does not apply", never removed.
    await expect(page.getByRole('button', { name: /^Remove / })).toHaveCount(0);
    expectNoProblems(problems);
  });

  test('add a custom standard by keyboard, name it, then remove it', async ({ page, problems }) => {
    const workshop = testWorkshop('Custom');
    await openStage(page, workshop, 'standards');
    await page.getByRole('button', { name: 'Add a standard' }).click();
    const name = page.getByLabel('Name of custom standard 1', { exact: true });
    await expectFocused(name);
    await page.keyboard.type('Duplicate-payment guard');
    await expect(page.getByRole('button', { name: 'Details of Duplicate-payment guard' })).toHaveAttribute('aria-expanded', 'true');
    await page.getByLabel('Acceptance criteria for Duplicate-payment guard', { exact: true }).fill('No invoice paid twice.');
    await page.getByLabel('Owner of Duplicate-payment guard', { exact: true }).fill('Henrik Vos');
    await page.getByLabel('Owner of Duplicate-payment guard', { exact: true }).blur();

    await onDisk(page, workshop.id, (w) => w.standards.at(-1)).toMatchObject({
      key: 'custom',
      name: 'Duplicate-payment guard',
      acceptanceCriteria: 'No invoice paid twice.',
      owner: 'Henrik Vos',
      applies: true,
    });
    await expect(page.locator('.standards-summary')).toHaveText('11 standards · 0 agreed · 10 without an owner');

    await page.getByRole('button', { name: 'Remove Duplicate-payment guard' }).click();
    await onDisk(page, workshop.id, (w) => w.standards.map((s) => s.key)).toEqual(workshop.standards.map((s) => s.key));
    expectNoProblems(problems);
  });

  test('restores the ten defaults when an imported plan lost some', async ({ page, problems }) => {
    const complete = testWorkshop('Lost defaults');
    const custom = { ...complete.standards[0]!, id: testId(), key: 'custom' as const, name: 'Duplicate guard' };
    const kept = complete.standards.filter((s) => s.key !== 'security-review' && s.key !== 'documentation');
    const workshop = { ...complete, standards: [...kept, custom] };
    await openStage(page, workshop, 'standards');

    await expect(page.getByRole('status').filter({ hasText: 'Security review, Documentation' })).toBeVisible();
    await page.getByRole('button', { name: 'Restore the ten defaults' }).click();
    await onDisk(page, workshop.id, (w) => w.standards.map((s) => s.name)).toEqual([
      'Security review',
      'Data governance',
      'Monitoring and alerting',
      'Fallback process',
      'Documentation',
      'Support model',
      'Cost model',
      'Evaluation and quality gate',
      'Human oversight',
      'AI risk and impact assessment',
      'Duplicate guard',
    ]);
    const stored = await storedWorkshop(page, workshop.id);
    // What was there is untouched, ids included; what came back is new.
    expect(stored?.standards.filter((s) => kept.some((k) => k.id === s.id))).toEqual(kept);
    await expect(page.getByRole('button', { name: 'Restore the ten defaults' })).toHaveCount(0);
    expectNoProblems(problems);
  });
});

test('"Go to…" from the review opens a folded standard and focuses the field that fixes it', async ({ page, problems }) => {
  const workshop = testWorkshop('Go to');
  await openStage(page, workshop, 'review');
  await page.getByRole('button', { name: /acceptance criteria for Fallback process/ }).first().click();
  await expect(page).toHaveURL(new RegExp(`/workshop/${workshop.id}/standards$`));
  await expect(page.getByRole('button', { name: 'Details of Fallback process' })).toHaveAttribute('aria-expanded', 'true');
  await expectFocused(page.getByLabel('Acceptance criteria for Fallback process', { exact: true }));
  await expect(page.getByRole('button', { name: 'Details of Documentation' })).toHaveAttribute('aria-expanded', 'false');
  expectNoProblems(problems);
});

test.describe('accessibility of the production stages', () => {
  // Every stage with the full sample; the empty state once, on the end state. Operating model and
  // standards render the same controls empty, and each axe run costs seconds of CI time.
  for (const stageId of ['end-state', 'operating-model', 'standards']) {
    for (const [name, make] of [
      ['the sample workshop', () => SAMPLE_WORKSHOP],
      ...(stageId === 'end-state' ? ([['an empty workshop', () => testWorkshop('Empty')]] as const) : []),
    ] as const) {
      test(`${stageId} with ${name}: no serious or critical axe violations`, async ({ page, problems }) => {
        test.slow(); // axe walks every unfolded field; on a busy two-core machine that takes a while
        await openStage(page, make(), stageId);
        if (stageId === 'standards') {
          // Unfold every row so the folded fields are checked too.
          await page.getByRole('button', { name: 'Show all details' }).click();
          await expect(page.getByRole('button', { name: 'Fold all details' })).toBeVisible();
        }
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        expectNoProblems(problems);
      });
    }
  }
});
