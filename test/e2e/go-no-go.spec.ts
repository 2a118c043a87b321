import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Workshop } from '../../shared/domain/workshop';
import { SAMPLE_WORKSHOP } from '../../shared/method/sample-workshop';
import { assessReadiness, GATE_VERDICT_LABELS } from '../../shared/readiness';
import { expect, openApp, test } from './fixtures';
import { readPdf } from './pdf-read';
import { seedWorkshops, storedWorkshop } from './seed';
import { printToPdf } from './summary-pdf-helpers';

const seriousAxe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

/** The sample, in its pilot: the room is about to take the go/no-go. */
const inPilot: Workshop = structuredClone({ ...SAMPLE_WORKSHOP, meta: { ...SAMPLE_WORKSHOP.meta, phase: 'go-no-go' as const } });
const words = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim();

test('pilot results and a "go" move the plan to the transition gate: review, library and PDF', async ({ page, problems }, testInfo) => {
  test.setTimeout(120_000); // a walk through three screens and a PDF, on a shared machine
  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp(page);
  await seedWorkshops(page, [inPilot]);
  await openApp(page, `#/workshop/${inPilot.id}/pilot`);

  const results = page.getByRole('region', { name: 'Results and decision' });
  await results.scrollIntoViewIfNeeded();
  await results.getByLabel('Result of hypothesis 1').selectOption('met');
  await results.getByLabel('Measured figure for hypothesis 1').fill('96.2% in the right queue');
  await results.getByLabel('Measured on (hypothesis 1)').fill('2027-02-26');
  await results.getByLabel('Evidence for hypothesis 1').fill('March routing report, checked by AP lead.');
  await results.getByLabel('Result of hypothesis 2').selectOption('inconclusive');
  await results.getByLabel('Decision', { exact: true }).selectOption('go');
  await results.getByLabel('Rationale').fill('Routing and cost met; the AP team ran the queues alone for two weeks.');
  await results.getByLabel('Rationale').blur();

  // Stored before anything else is looked at: the decision, the phase and the results in one record.
  await expect
    .poll(async () => {
      const w = await storedWorkshop(page, inPilot.id);
      return w && [w.meta.phase, w.pilot.decision.outcome, w.pilot.hypotheses[0]!.result.figure, w.pilot.decision.rationale.length > 0];
    })
    .toEqual(['transition', 'go', '96.2% in the right queue', true]);
  const stored = (await storedWorkshop(page, inPilot.id))!;
  expect(stored.pilot.decision.decidedOn).not.toBeNull();
  expect(stored.pilot.deciderParticipantId).toBe(inPilot.pilot.deciderParticipantId ?? inPilot.operatingModel.ownerParticipantId);
  await expect(results.getByRole('status').filter({ hasText: 'The review now checks the hand-over' })).toBeVisible();

  expect(await seriousAxe(page)).toEqual([]);
  await page.getByRole('heading', { name: 'Results and decision' }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: testInfo.outputPath('results-and-decision-1366x768.png') });
  await page.getByRole('heading', { name: 'The go/no-go', exact: true }).evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: testInfo.outputPath('go-no-go-decision-1366x768.png') });

  // The review speaks of the hand-over now.
  const report = assessReadiness(stored);
  expect(report.gate).toBe('transition');
  expect(Object.values(GATE_VERDICT_LABELS.transition)).toContain(report.verdictLabel);
  await openApp(page, `#/workshop/${inPilot.id}/review`);
  await expect(page.getByText('Transition readiness', { exact: true })).toBeVisible();
  await expect(page.getByTestId('verdict')).toHaveText(report.verdictLabel);
  await expect(page.locator('[data-finding^="standards.not-shown-for-transition:"]').first()).toBeVisible();
  expect(await seriousAxe(page)).toEqual([]);

  // The library shows the phase and filters by it.
  await openApp(page, '#/');
  const row = page.locator(`[data-workshop-id="${inPilot.id}"]`);
  await expect(row.locator('.lib-phase-badge')).toHaveText('Transition');
  const phaseFilter = page.getByRole('combobox', { name: 'Phase' });
  await phaseFilter.selectOption('stopped');
  await expect(row).toBeHidden();
  await expect(page.getByText('No workshop is in the phase Stopped.')).toBeVisible();
  await phaseFilter.selectOption('transition');
  await expect(row).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'workshop' })).toHaveText('1 of 1 workshop');
  expect(await seriousAxe(page)).toEqual([]);

  // The PDF: page 1 names the transition gate; the pilot section has the results and the decision.
  const file = testInfo.outputPath('go-decision.pdf');
  await printToPdf(page, inPilot.id, 'a4', file);
  const pdf = await readPdf(file);
  const pages = pdf.text.map(words);
  expect(pages[0]).toMatch(/Transition readiness/i); // printed in capitals
  expect(pages[0]).toContain(report.verdictLabel);
  expect(pages[0]).toContain('Go to transition on');
  const all = pages.join(' ');
  expect(all).toContain('96.2% in the right queue');
  expect(all).toContain('March routing report, checked by AP lead.');
  expect(all).toContain('Routing and cost met; the AP team ran the queues alone for two weeks.');
  expect(all).toMatch(/Decision Go to transition/i);

  expect(problems.pageErrors).toEqual([]);
  expect(problems.offsiteRequests).toEqual([]);
});

test('a stopped plan reads as finished in the review', async ({ page, problems }) => {
  const stopped: Workshop = structuredClone({
    ...SAMPLE_WORKSHOP,
    meta: { ...SAMPLE_WORKSHOP.meta, phase: 'stopped' as const },
    pilot: { ...SAMPLE_WORKSHOP.pilot, decision: { outcome: 'stop' as const, decidedOn: '2027-03-01', rationale: 'Volumes never came.' } },
  });
  await openApp(page);
  await seedWorkshops(page, [stopped]);
  await openApp(page, `#/workshop/${stopped.id}/review`);
  await expect(page.getByTestId('verdict')).toHaveText(/^Stopped on /);
  await expect(page.getByText('Volumes never came.')).toBeVisible();
  expect(await seriousAxe(page)).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
});
