import { describe, expect, it } from 'vitest';
import {
  AGENDA_TEMPLATES,
  agendaTotalMinutes,
  DEFAULT_KNOWLEDGE_TRANSFER_ACTIVITIES,
  DEFAULT_RACI_ACTIVITIES,
  DEFAULT_STANDARDS,
  DEFAULT_STANDARD_KEYS,
  FAILURE_MODE_IDS,
  STAGE_IDS,
  STAGES,
  stageById,
  stageIndex,
  TEAM_IDS,
  TEAM_LABELS,
  TEMPLATE_IDS,
} from '../../../../shared/method';

describe('the method as data', () => {
  it('runs backwards: production first, the pilot last, review at the end', () => {
    expect(STAGES.map((s) => s.id)).toEqual([...STAGE_IDS]);
    expect(STAGES.map((s) => s.number)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(stageIndex('operating-model')).toBeLessThan(stageIndex('pilot'));
    expect(stageById('cost').title).toBe('Lifecycle cost');
  });

  it.each(STAGES)('$title has a question, 2–3 lines of guidance and the failure it prevents', (stage) => {
    expect(stage.question.trim().endsWith('?')).toBe(true);
    expect(stage.guidance.length).toBeGreaterThanOrEqual(2);
    expect(stage.guidance.length).toBeLessThanOrEqual(3);
    expect(stage.prevents.length).toBeGreaterThan(0);
    expect(stage.whyItMatters.length).toBeGreaterThan(40);
  });

  it('names every one of the three failures somewhere', () => {
    const named = new Set(STAGES.flatMap((s) => s.prevents));
    expect([...named].sort()).toEqual([...FAILURE_MODE_IDS].sort());
  });

  it('puts the ten standards on the table, each with a one-line description', () => {
    expect(DEFAULT_STANDARDS.map((s) => s.key)).toEqual([...DEFAULT_STANDARD_KEYS]);
    expect(DEFAULT_STANDARDS).toHaveLength(10);
    for (const standard of DEFAULT_STANDARDS) expect(standard.description).not.toContain('\n');
  });

  it('lists the nine default RACI activities of the method', () => {
    expect(DEFAULT_RACI_ACTIVITIES.map((a) => a.name)).toEqual([
      'Build the pilot',
      'Run the pilot',
      'Production operations',
      'Monitoring and alerting',
      'Out-of-hours incidents',
      'Model and prompt changes',
      'User support',
      'Operations budget',
      'Data governance',
    ]);
  });

  it('offers the four knowledge-transfer activities', () => {
    expect(DEFAULT_KNOWLEDGE_TRANSFER_ACTIVITIES.map((a) => a.kind)).toEqual([
      'pairing',
      'runbook-walkthrough',
      'shadowing-incidents',
      'handover-review',
    ]);
  });

  it('labels every team', () => {
    expect(Object.keys(TEAM_LABELS).sort()).toEqual([...TEAM_IDS].sort());
  });

  it.each([
    { template: 'full' as const, minutes: 180 },
    { template: 'express' as const, minutes: 90 },
  ])('the $template agenda lasts $minutes minutes and visits every stage once, in order', ({ template, minutes }) => {
    const { blocks } = AGENDA_TEMPLATES[template];
    expect(agendaTotalMinutes(blocks)).toBe(minutes);
    expect(blocks.filter((b) => b.kind === 'stage').map((b) => b.stageId)).toEqual([...STAGE_IDS]);
    expect(blocks.some((b) => b.kind === 'break')).toBe(true);
  });

  it('has a template for every template id', () => {
    expect(Object.keys(AGENDA_TEMPLATES).sort()).toEqual([...TEMPLATE_IDS].sort());
  });
});
