import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Workshop } from '../../shared/domain/workshop';
import { suggestRiskClass } from '../../shared/method/risk-class';
import { SAMPLE_WORKSHOP } from '../../shared/method/sample-workshop';
import { expect, openApp, test, type PageProblems } from './fixtures';
import { seedWorkshops, storedWorkshop, testWorkshop } from './seed';

/**
 * The AI fields of record version 3 on screen: the risk-class questions and what a high class
 * requires on the standards stage, input varieties, the quality gate, model end of life, approved
 * running-cost years and the re-validation budget. Checked against what IndexedDB holds, at the
 * projector size the room sees.
 */

test.use({ viewport: { width: 1366, height: 768 } });

async function openStage(page: Page, workshop: Workshop, stageId: string) {
  await openApp(page);
  await seedWorkshops(page, [workshop]);
  await page.goto(`./#/workshop/${workshop.id}/${stageId}`);
  await expect(page.locator('.stage-kicker')).toBeVisible();
}

const onDisk = <T>(page: Page, id: string, pick: (workshop: Workshop) => T) =>
  expect.poll(async () => {
    const workshop = await storedWorkshop(page, id);
    return workshop === undefined ? undefined : pick(workshop);
  });

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

test('answering the risk-class questions makes Human oversight and the AI risk assessment required', async ({ page, problems }) => {
  test.slow(); // two axe runs on a busy machine
  const workshop = testWorkshop('Claims triage');
  await openStage(page, workshop, 'end-state');

  const card = page.getByRole('region', { name: 'AI risk class' });
  await expect(card.getByText('Guidance for the room, not legal advice', { exact: false })).toBeVisible();
  await expect(card.getByText('The answers suggest: Minimal risk')).toBeVisible();

  await card.getByLabel('What does it decide or influence?').fill('Which claims a nurse reviews first.');
  await card.getByLabel('About whom?').fill('Patients claiming treatment costs.');
  await card.getByLabel('Does it use personal data?').selectOption({ label: 'Yes' });
  await card.getByLabel('Does it use special-category data?').selectOption({ label: 'Yes' });
  await card.getByLabel('Is it only a narrow procedural task?').selectOption({ label: 'No' });
  await expect(card.getByText('The answers suggest: High risk')).toBeVisible();
  await expect(card.getByText('Human oversight and the AI risk and impact assessment are required', { exact: false })).toBeVisible();

  // The room's own words are replaced by the suggestion only on request, and one undo brings them back.
  const reasoning = card.getByLabel('Reasoning', { exact: true });
  await reasoning.fill('Our first thoughts.');
  await reasoning.blur();
  await onDisk(page, workshop.id, (w) => w.endState.aiRisk.reasoning).toBe('Our first thoughts.');
  const expected = suggestRiskClass({ profilesPeople: null, personalData: true, specialCategoryData: true, narrowProceduralTask: false });
  await card.getByRole('button', { name: 'Use this reasoning' }).click();
  await expect(reasoning).toHaveValue(expected.reasoning);
  await expect(card.getByText('The reasoning below is this one.')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(reasoning).toHaveValue('Our first thoughts.');
  await page.keyboard.press('Control+Shift+z');
  await expect(reasoning).toHaveValue(expected.reasoning);

  await card.getByLabel('The room’s class').selectOption({ label: 'High risk' });
  await onDisk(page, workshop.id, (w) => w.endState.aiRisk).toEqual({
    decidesOrInfluences: 'Which claims a nurse reviews first.',
    aboutWhom: 'Patients claiming treatment costs.',
    profilesPeople: null,
    personalData: true,
    specialCategoryData: true,
    narrowProceduralTask: false,
    chosenClass: 'high',
    reasoning: expected.reasoning,
  });

  // The room sees the section as projected: undo's toasts gone, its heading just under the bar.
  const dismiss = page.getByRole('button', { name: 'Dismiss message' });
  while ((await dismiss.count()) > 0) await dismiss.first().click();
  await card.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: 'test-results/ai-fields/end-state-risk-class.png' });
  await expectNoSeriousAxeViolations(page);

  // The standards stage shows what a high-risk system requires.
  await page.goto(`./#/workshop/${workshop.id}/standards`);
  const oversight = page.locator('tbody.standard').filter({ has: page.getByRole('rowheader', { name: /Human oversight/ }) });
  const assessment = page.locator('tbody.standard').filter({ has: page.getByRole('rowheader', { name: /AI risk and impact assessment/ }) });
  const security = page.locator('tbody.standard').filter({ has: page.getByRole('rowheader', { name: /Security review/ }) });
  await expect(oversight.getByText('Required for a high-risk system')).toBeVisible();
  await expect(assessment.getByText('Required for a high-risk system')).toBeVisible();
  await expect(security.getByText('Required for a high-risk system')).toHaveCount(0);

  await oversight.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: 'test-results/ai-fields/standards-required.png' });

  await page.getByRole('button', { name: 'Details of Human oversight' }).click();
  await page.getByLabel('Applies to this capability — Human oversight').uncheck();
  const reason = page.getByLabel('Why Human oversight does not apply');
  await expect(reason).toHaveAttribute('required', '');
  await expect(page.getByText('Required for a high-risk system: it cannot be set aside without a stated reason.')).toBeVisible();
  await expect(oversight.getByText('No reason given')).toBeVisible();
  await onDisk(page, workshop.id, (w) => w.standards.find((s) => s.key === 'human-oversight')?.applies).toBe(false);

  await page.screenshot({ path: 'test-results/ai-fields/standards-high-risk.png' });
  await expectNoSeriousAxeViolations(page);

  // Back to "not decided" with no yes answers: nothing is required any more.
  await page.goto(`./#/workshop/${workshop.id}/end-state`);
  await card.getByLabel('The room’s class').selectOption({ label: 'Not decided' });
  await card.getByLabel('Does it use special-category data?').selectOption({ label: 'Not answered yet' });
  await expect(card.getByText('The answers suggest: Limited risk')).toBeVisible();
  await page.goto(`./#/workshop/${workshop.id}/standards`);
  await expect(page.getByText('Required for a high-risk system')).toHaveCount(0);
  expectNoProblems(problems);
});

test('input varieties, the quality gate, model end of life, approved years and re-validation are stored', async ({ page, problems }) => {
  const workshop = testWorkshop('Invoices');
  await openStage(page, workshop, 'end-state');

  const varieties = page.getByRole('region', { name: 'Input varieties' });
  await varieties.getByRole('button', { name: 'Add an input variety' }).click();
  await expect(varieties.getByLabel('Input variety 1', { exact: true })).toBeFocused();
  await page.keyboard.type('Scanned paper invoices');
  await varieties.getByRole('button', { name: 'Add an input variety' }).click();
  await expect(varieties.getByLabel('Input variety 2', { exact: true })).toBeFocused();
  await page.keyboard.type('Credit notes in Polish');
  await varieties.getByLabel('Scanned paper invoices is in the pilot data').check();
  await expect(varieties.getByText('2 varieties · 1 not in the pilot data')).toBeVisible();
  await onDisk(page, workshop.id, (w) => w.endState.inputVarieties.map(({ label, inPilotData }) => ({ label, inPilotData }))).toEqual([
    { label: 'Scanned paper invoices', inPilotData: true },
    { label: 'Credit notes in Polish', inPilotData: false },
  ]);
  await expectNoSeriousAxeViolations(page);

  await page.goto(`./#/workshop/${workshop.id}/operating-model`);
  const gate = page.getByRole('region', { name: 'Quality gate and model life' });
  const size = gate.getByLabel('Golden set size');
  await size.fill('12a');
  await expect(gate.getByRole('alert')).toHaveText(/Enter a whole number/);
  await size.fill('1,200');
  await gate.getByLabel('Pass threshold').fill('≥ 97% of fields correct');
  await gate.getByLabel('Model end of life').fill('2027-10-31');
  await gate.getByLabel('Model end of life').blur();
  await onDisk(page, workshop.id, (w) => [w.operatingModel.qualityGate, w.operatingModel.modelEndOfLife]).toEqual([
    { goldenSetSize: 1200, passThreshold: '≥ 97% of fields correct' },
    '2027-10-31',
  ]);
  await gate.getByLabel('Model end of life').fill('');
  await gate.getByLabel('Model end of life').blur();
  await onDisk(page, workshop.id, (w) => w.operatingModel.modelEndOfLife).toBe(null);

  await page.goto(`./#/workshop/${workshop.id}/cost`);
  await page.getByLabel('Running cost approved for (years)').fill('2');
  await page.getByLabel('Re-validation budget per year').fill('12k');
  await page.getByLabel('Re-validation budget per year').blur();
  await onDisk(page, workshop.id, (w) => [w.cost.runningCostApprovedYears, w.cost.revalidationPerYearCents]).toEqual([2, 1_200_000]);
  await page.getByRole('group', { name: 'Approved and set aside' }).screenshot({ path: 'test-results/ai-fields/cost-approved.png' });
  expectNoProblems(problems);
});

test('the sample workshop shows its risk class, varieties and quality gate; the pilot ticks the same varieties', async ({ page, problems }) => {
  test.slow(); // an axe run on a busy machine
  await openStage(page, SAMPLE_WORKSHOP, 'end-state');
  const card = page.getByRole('region', { name: 'AI risk class' });
  await expect(card.getByLabel('The room’s class')).toHaveValue('minimal');
  await expect(card.getByLabel('Does it use personal data?')).toHaveValue('yes');
  await expect(page.getByRole('region', { name: 'Input varieties' }).getByText('4 varieties · 1 not in the pilot data')).toBeVisible();
  await page.screenshot({ path: 'test-results/ai-fields/end-state-sample.png', fullPage: true });
  await page.goto(`./#/workshop/${SAMPLE_WORKSHOP.id}/operating-model`);
  await expect(page.getByLabel('Golden set size')).toHaveValue((500).toLocaleString('en-US'));
  await page.getByRole('region', { name: 'Quality gate and model life' }).screenshot({ path: 'test-results/ai-fields/quality-gate.png' });

  // The pilot's data section ticks the same varieties.
  await page.goto(`./#/workshop/${SAMPLE_WORKSHOP.id}/pilot`);
  const inPilot = page.getByRole('group', { name: 'Input varieties in the pilot data' });
  await inPilot.getByLabel('Credit notes in Polish or Turkish').uncheck();
  await onDisk(page, SAMPLE_WORKSHOP.id, (w) => w.endState.inputVarieties.map((v) => v.inPilotData)).toEqual([true, true, true, false]);
  await inPilot.screenshot({ path: 'test-results/ai-fields/pilot-varieties.png' });
  await expectNoSeriousAxeViolations(page);
  await page.goto(`./#/workshop/${SAMPLE_WORKSHOP.id}/end-state`);
  await expect(page.getByRole('region', { name: 'Input varieties' }).getByText('4 varieties · 1 not in the pilot data')).toBeVisible();
  expectNoProblems(problems);
});
